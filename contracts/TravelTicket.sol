// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC1363Receiver} from "@openzeppelin/contracts/interfaces/IERC1363Receiver.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {IERC721Metadata} from "@openzeppelin/contracts/token/ERC721/extensions/IERC721Metadata.sol";
import {ERC2981} from "@openzeppelin/contracts/token/common/ERC2981.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {BitMaps} from "@openzeppelin/contracts/utils/structs/BitMaps.sol";

import {ITicketRenderer} from "./interfaces/ITicketRenderer.sol";
import {ITravelTicket} from "./interfaces/ITravelTicket.sol";
import {IERC5192} from "./interfaces/IERC5192.sol";
import {PrintableUtf8} from "./libraries/PrintableUtf8.sol";

/**
 * @title TravelTicket (TIX)
 * @notice Wayfare's journey tickets. See {ITravelTicket}.
 * @dev A ticket is locked (ERC-5192) once checked in or once its journey departed; `_update` refuses to
 * move a locked ticket between holders, whoever asks (holder, approved address or operator), while the
 * refund of a cancelled journey still burns it. Check-ins are one bit per token id in a bitmap, so the
 * seats of a journey share storage words.
 */
contract TravelTicket is ERC721, ERC2981, AccessControl, ReentrancyGuardTransient, ITravelTicket {
    using BitMaps for BitMaps.BitMap;
    using SafeERC20 for IERC20;

    /// @inheritdoc ITravelTicket
    bytes32 public constant ISSUER_ROLE = keccak256("ISSUER_ROLE");
    /// @inheritdoc ITravelTicket
    bytes32 public constant INSPECTOR_ROLE = keccak256("INSPECTOR_ROLE");
    /// @inheritdoc ITravelTicket
    bytes32 public constant TREASURY_ROLE = keccak256("TREASURY_ROLE");
    /// @inheritdoc ITravelTicket
    uint64 public constant BOARDING_WINDOW = 2 hours;
    /// @inheritdoc ITravelTicket
    uint256 public constant MAX_PLACE_NAME_LENGTH = 32;
    /// @inheritdoc ITravelTicket
    uint96 public constant MAX_ROYALTY_BPS = 1_000;

    /// @dev A token id is the journey id shifted past the seat number's 32 bits.
    uint256 private constant SEAT_BITS = 32;
    /// @dev ERC-165 id of ERC-4906, which has no functions of its own to derive it from.
    bytes4 private constant ERC4906_INTERFACE_ID = 0x49064906;

    IERC20 private immutable _trip;
    ITicketRenderer private immutable _renderer;

    mapping(uint256 journeyId => Journey) private _journeys;
    BitMaps.BitMap private _checkedIn;
    uint256 private _journeyCount;
    uint256 private _proceeds;
    uint256 private _withdrawable;

    /**
     * @param trip The TRIP token that pays for tickets.
     * @param renderer_ Draws `tokenURI`.
     * @param admin Receives `DEFAULT_ADMIN_ROLE`, to grant the issuer, inspector and treasury roles.
     * @param treasury Receives `TREASURY_ROLE` and the royalties.
     * @param royaltyBps The initial royalty, at most `MAX_ROYALTY_BPS`.
     */
    constructor(
        IERC20 trip,
        ITicketRenderer renderer_,
        address admin,
        address treasury,
        uint96 royaltyBps
    ) ERC721("Wayfare Ticket", "TIX") {
        _trip = trip;
        _renderer = renderer_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(TREASURY_ROLE, treasury);
        _setRoyalty(treasury, royaltyBps);
    }

    // ---------------------------------------------------------------- journeys

    /// @inheritdoc ITravelTicket
    function createJourney(
        string calldata origin,
        string calldata destination,
        uint64 departure,
        uint256 price,
        uint32 capacity
    ) external onlyRole(ISSUER_ROLE) returns (uint256 journeyId) {
        _requireValidPlaceName(origin);
        _requireValidPlaceName(destination);
        if (departure <= block.timestamp) revert DepartureNotInFuture(departure, block.timestamp);
        if (capacity == 0) revert ZeroCapacity();
        journeyId = ++_journeyCount;
        Journey storage created = _journeys[journeyId];
        created.origin = origin;
        created.destination = destination;
        created.price = price;
        created.departure = departure;
        created.capacity = capacity;
        emit JourneyCreated(journeyId, origin, destination, departure, price, capacity);
    }

    /// @inheritdoc ITravelTicket
    function cancelJourney(uint256 journeyId) external onlyRole(ISSUER_ROLE) {
        Journey storage cancelled = _existingJourney(journeyId);
        if (cancelled.cancelled) revert CancelledJourney(journeyId);
        if (block.timestamp >= cancelled.departure) revert AlreadyDeparted(journeyId, cancelled.departure);
        cancelled.cancelled = true;
        emit JourneyCancelled(journeyId);
        _announceMetadataUpdate(journeyId, cancelled.sold);
    }

    /// @inheritdoc ITravelTicket
    function closeJourney(uint256 journeyId) external {
        Journey storage closed = _existingJourney(journeyId);
        if (block.timestamp < closed.departure) revert NotYetDeparted(journeyId, closed.departure);
        if (closed.closed) revert JourneyAlreadyClosed(journeyId);
        closed.closed = true;
        // A cancelled journey keeps its sales in escrow for the refunds still to come.
        uint256 released = closed.cancelled ? 0 : closed.price * closed.sold;
        _withdrawable += released;
        emit JourneyClosed(journeyId, released);
        _announceMetadataUpdate(journeyId, closed.sold);
    }

    /// @inheritdoc ITravelTicket
    function setRoyalty(address receiver, uint96 feeBps) external onlyRole(ISSUER_ROLE) {
        _setRoyalty(receiver, feeBps);
    }

    // ---------------------------------------------------------------- buying

    /// @inheritdoc ITravelTicket
    function buyTicket(uint256 journeyId) external nonReentrant returns (uint256 tokenId) {
        uint256 price;
        (tokenId, price) = _sellSeat(journeyId, msg.sender);
        _trip.safeTransferFrom(msg.sender, address(this), price);
        _safeMint(msg.sender, tokenId);
    }

    /// @inheritdoc ITravelTicket
    function buyTicketWithPermit(
        uint256 journeyId,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external nonReentrant returns (uint256 tokenId) {
        uint256 price;
        (tokenId, price) = _sellSeat(journeyId, msg.sender);
        // A front-runner may have submitted the permit already; the allowance is what matters.
        // solhint-disable-next-line no-empty-blocks
        try IERC20Permit(address(_trip)).permit(msg.sender, address(this), price, deadline, v, r, s) {} catch {}
        _trip.safeTransferFrom(msg.sender, address(this), price);
        _safeMint(msg.sender, tokenId);
    }

    /**
     * @notice Sells a seat for TRIP sent with `transferAndCall(ticket, price, abi.encode(journeyId))`:
     * one transaction, no approval. The ticket goes to `from`, who paid.
     * @dev Requirements: called by the TRIP token; `data` is exactly one ABI-encoded `uint256`; `value`
     * is the journey's price; the journey is on sale as for `buyTicket`. Any revert undoes the TRIP
     * transfer, so nothing is kept. Emits `TicketBought` and `Transfer`.
     * @return The ERC-1363 acceptance selector.
     */
    function onTransferReceived(
        address,
        address from,
        uint256 value,
        bytes calldata data
    ) external nonReentrant returns (bytes4) {
        if (msg.sender != address(_trip)) revert UnsupportedToken(msg.sender);
        if (data.length != 32) revert InvalidPaymentData(data);
        uint256 journeyId = abi.decode(data, (uint256));
        (uint256 tokenId, uint256 price) = _sellSeat(journeyId, from);
        if (value != price) revert IncorrectPayment(journeyId, value, price);
        _safeMint(from, tokenId);
        return IERC1363Receiver.onTransferReceived.selector;
    }

    // ---------------------------------------------------------------- at the gate, refunds, treasury

    /// @inheritdoc ITravelTicket
    function checkIn(uint256 tokenId) external onlyRole(INSPECTOR_ROLE) {
        address holder = _requireOwned(tokenId);
        uint256 journeyId = tokenId >> SEAT_BITS;
        Journey storage boarding = _journeys[journeyId];
        if (boarding.cancelled) revert CancelledJourney(journeyId);
        if (_checkedIn.get(tokenId)) revert AlreadyCheckedIn(tokenId);
        uint64 departure = boarding.departure;
        if (block.timestamp >= departure) revert AlreadyDeparted(journeyId, departure);
        // Written as an addition: `departure - BOARDING_WINDOW` would underflow for early departures.
        if (block.timestamp + BOARDING_WINDOW < departure) {
            revert BoardingNotOpen(journeyId, departure - BOARDING_WINDOW);
        }
        _checkedIn.set(tokenId);
        emit CheckedIn(tokenId, journeyId, holder, msg.sender);
        emit Locked(tokenId);
        emit MetadataUpdate(tokenId);
    }

    /// @inheritdoc ITravelTicket
    function refund(uint256 tokenId) external nonReentrant {
        address holder = _requireOwned(tokenId);
        uint256 journeyId = tokenId >> SEAT_BITS;
        Journey storage cancelled = _journeys[journeyId];
        if (!cancelled.cancelled) revert JourneyNotCancelled(journeyId);
        uint256 amount = cancelled.price;
        _proceeds -= amount;
        // Burns with `msg.sender` as the authorised spender: the holder, or someone they approved.
        _update(address(0), tokenId, msg.sender);
        emit Refunded(tokenId, journeyId, holder, amount);
        _trip.safeTransfer(holder, amount);
    }

    /// @inheritdoc ITravelTicket
    function withdraw(address to) external onlyRole(TREASURY_ROLE) nonReentrant returns (uint256 amount) {
        if (to == address(0) || to == address(this)) revert InvalidRecipient(to);
        amount = _withdrawable;
        if (amount == 0) revert NothingToWithdraw();
        _withdrawable = 0;
        _proceeds -= amount;
        emit Withdrawn(msg.sender, to, amount);
        _trip.safeTransfer(to, amount);
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc ITravelTicket
    function journey(uint256 journeyId) external view returns (Journey memory) {
        return _existingJourney(journeyId);
    }

    /// @inheritdoc ITravelTicket
    function ticket(uint256 tokenId) external view returns (Ticket memory) {
        address holder = _requireOwned(tokenId);
        return
            Ticket({
                journeyId: tokenId >> SEAT_BITS,
                seat: uint32(tokenId),
                holder: holder,
                checkedIn: _checkedIn.get(tokenId),
                status: _statusOf(tokenId)
            });
    }

    /// @inheritdoc IERC5192
    function locked(uint256 tokenId) external view returns (bool) {
        _requireOwned(tokenId);
        return _isLocked(tokenId);
    }

    /// @inheritdoc ITravelTicket
    function journeyCount() external view returns (uint256) {
        return _journeyCount;
    }

    /// @inheritdoc ITravelTicket
    function ticketId(uint256 journeyId, uint32 seat) external pure returns (uint256) {
        return _ticketId(journeyId, seat);
    }

    /// @inheritdoc ITravelTicket
    function proceeds() external view returns (uint256) {
        return _proceeds;
    }

    /// @inheritdoc ITravelTicket
    function withdrawable() external view returns (uint256) {
        return _withdrawable;
    }

    /// @inheritdoc ITravelTicket
    function paymentToken() external view returns (address) {
        return address(_trip);
    }

    /// @inheritdoc ITravelTicket
    function renderer() external view returns (address) {
        return address(_renderer);
    }

    /// @inheritdoc IERC721Metadata
    function tokenURI(uint256 tokenId) public view override(ERC721, IERC721Metadata) returns (string memory) {
        _requireOwned(tokenId);
        Journey storage onJourney = _journeys[tokenId >> SEAT_BITS];
        return
            _renderer.tokenURI(
                ITicketRenderer.TicketData({
                    tokenId: tokenId,
                    journeyId: tokenId >> SEAT_BITS,
                    seat: uint32(tokenId),
                    capacity: onJourney.capacity,
                    origin: onJourney.origin,
                    destination: onJourney.destination,
                    departure: onJourney.departure,
                    price: onJourney.price,
                    status: _statusOf(tokenId)
                })
            );
    }

    /**
     * @notice ERC-165: ERC-721 with metadata, ERC-2981, ERC-4906, ERC-5192, AccessControl and the
     * ERC-1363 receiver.
     */
    function supportsInterface(
        bytes4 interfaceId
    ) public view override(ERC721, ERC2981, AccessControl, IERC165) returns (bool) {
        return
            interfaceId == ERC4906_INTERFACE_ID ||
            interfaceId == type(IERC5192).interfaceId ||
            interfaceId == type(IERC1363Receiver).interfaceId ||
            super.supportsInterface(interfaceId);
    }

    // ---------------------------------------------------------------- internals

    /// @dev Refuses holder-to-holder moves of a locked ticket; mints and refund burns pass.
    function _update(address to, uint256 tokenId, address auth) internal override returns (address from) {
        from = super._update(to, tokenId, auth);
        if (from != address(0) && to != address(0) && _isLocked(tokenId)) revert TicketLocked(tokenId);
    }

    /**
     * @dev Checks that `journeyId` is on sale and takes its next seat for `buyer`; the caller collects
     * the payment and mints. Effects only: nothing here calls out.
     */
    function _sellSeat(uint256 journeyId, address buyer) private returns (uint256 tokenId, uint256 price) {
        Journey storage selling = _existingJourney(journeyId);
        if (selling.cancelled) revert CancelledJourney(journeyId);
        if (block.timestamp >= selling.departure) revert AlreadyDeparted(journeyId, selling.departure);
        uint32 seat = selling.sold + 1;
        if (seat > selling.capacity) revert SoldOut(journeyId);
        selling.sold = seat;
        price = selling.price;
        _proceeds += price;
        tokenId = _ticketId(journeyId, seat);
        emit TicketBought(tokenId, journeyId, buyer, price);
    }

    function _setRoyalty(address receiver, uint96 feeBps) private {
        if (!hasRole(TREASURY_ROLE, receiver)) revert RoyaltyReceiverNotTreasury(receiver);
        if (feeBps > MAX_ROYALTY_BPS) revert RoyaltyTooHigh(feeBps, MAX_ROYALTY_BPS);
        _setDefaultRoyalty(receiver, feeBps);
        emit RoyaltySet(receiver, feeBps);
    }

    /// @dev ERC-4906 over the seats sold so far, which are the journey's only token ids.
    function _announceMetadataUpdate(uint256 journeyId, uint32 sold) private {
        if (sold > 0) emit BatchMetadataUpdate(_ticketId(journeyId, 1), _ticketId(journeyId, sold));
    }

    function _existingJourney(uint256 journeyId) private view returns (Journey storage found) {
        found = _journeys[journeyId];
        if (found.capacity == 0) revert UnknownJourney(journeyId);
    }

    function _isLocked(uint256 tokenId) private view returns (bool) {
        return _checkedIn.get(tokenId) || block.timestamp >= _journeys[tokenId >> SEAT_BITS].departure;
    }

    function _statusOf(uint256 tokenId) private view returns (TicketStatus) {
        Journey storage onJourney = _journeys[tokenId >> SEAT_BITS];
        if (onJourney.cancelled) return TicketStatus.Cancelled;
        if (_checkedIn.get(tokenId)) return TicketStatus.CheckedIn;
        if (block.timestamp >= onJourney.departure) return TicketStatus.Departed;
        return TicketStatus.Valid;
    }

    function _requireValidPlaceName(string calldata name) private pure {
        bytes calldata text = bytes(name);
        if (
            text.length == 0 ||
            text.length > MAX_PLACE_NAME_LENGTH ||
            text[0] == " " ||
            text[text.length - 1] == " " ||
            !PrintableUtf8.isPrintable(text)
        ) revert InvalidPlaceName(name);
    }

    function _ticketId(uint256 journeyId, uint32 seat) private pure returns (uint256) {
        return (journeyId << SEAT_BITS) | seat;
    }
}
