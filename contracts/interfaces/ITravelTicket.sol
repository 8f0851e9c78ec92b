// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC1363Receiver} from "@openzeppelin/contracts/interfaces/IERC1363Receiver.sol";
import {IERC2981} from "@openzeppelin/contracts/interfaces/IERC2981.sol";
import {IERC4906} from "@openzeppelin/contracts/interfaces/IERC4906.sol";
import {IERC721Metadata} from "@openzeppelin/contracts/token/ERC721/extensions/IERC721Metadata.sol";

import {IERC5192} from "./IERC5192.sol";

/**
 * @title TravelTicket (TIX), Wayfare's journey tickets
 * @notice An issuer creates journeys; travellers buy numbered seats with TRIP and receive an ERC-721
 * ticket; an inspector checks the ticket in at the gate, after which it is a souvenir locked to its
 * holder (ERC-5192). No ticket of a journey moves once it has departed. A cancelled journey refunds
 * every ticket in TRIP. `tokenURI` is on-chain JSON with an SVG picture of the ticket.
 *
 * Token ids are `journeyId << 32 | seat` with seats numbered 1..capacity in the order they are sold,
 * so a journey's tickets form one contiguous range.
 *
 * Sales are held in escrow until the journey departs, so a cancellation can always be refunded: when
 * a departed journey is closed (`closeJourney`, by anyone), its sales become withdrawable by the
 * treasury.
 */
interface ITravelTicket is IAccessControl, IERC2981, IERC1363Receiver, IERC5192, IERC721Metadata, IERC4906 {
    /// @notice What a ticket is worth at the gate, in order of precedence.
    enum TicketStatus {
        /// Sold, not used, the journey has not departed.
        Valid,
        /// Checked in at the gate: a souvenir now.
        CheckedIn,
        /// The journey departed without this ticket being checked in.
        Departed,
        /// The journey was cancelled: the holder can get the price back with `refund`.
        Cancelled
    }

    /// @notice A journey as the UI shows it.
    struct Journey {
        string origin;
        string destination;
        /// Price of one seat in TRIP base units (18 decimals).
        uint256 price;
        /// Unix time (seconds, UTC) of departure; from then on the journey has departed.
        uint64 departure;
        /// Seats on sale; seat numbers run from 1 to `capacity`.
        uint32 capacity;
        /// Seats sold so far; the next seat sold is `sold + 1`. Refunds do not give seats back.
        uint32 sold;
        /// No more sales; every ticket can be refunded.
        bool cancelled;
        /// Closed after departure: its metadata refresh was announced and its sales released.
        bool closed;
    }

    /// @notice A ticket as the UI shows it.
    struct Ticket {
        uint256 journeyId;
        uint32 seat;
        address holder;
        bool checkedIn;
        TicketStatus status;
    }

    /// @notice The issuer created journey `journeyId`.
    event JourneyCreated(
        uint256 indexed journeyId,
        string origin,
        string destination,
        uint64 departure,
        uint256 price,
        uint32 capacity
    );

    /// @notice `buyer` paid `price` TRIP for ticket `tokenId` of journey `journeyId`.
    event TicketBought(uint256 indexed tokenId, uint256 indexed journeyId, address indexed buyer, uint256 price);

    /// @notice `inspector` checked in `holder`'s ticket `tokenId` for journey `journeyId`.
    event CheckedIn(uint256 indexed tokenId, uint256 indexed journeyId, address indexed holder, address inspector);

    /// @notice The issuer cancelled journey `journeyId`: no more sales, every ticket can be refunded.
    event JourneyCancelled(uint256 indexed journeyId);

    /// @notice Departed journey `journeyId` was closed; `released` TRIP of its sales became withdrawable.
    event JourneyClosed(uint256 indexed journeyId, uint256 released);

    /// @notice Ticket `tokenId` of cancelled journey `journeyId` was burned and `amount` TRIP paid to `holder`.
    event Refunded(uint256 indexed tokenId, uint256 indexed journeyId, address indexed holder, uint256 amount);

    /// @notice `treasurer` withdrew `amount` TRIP of ticket sales to `to`.
    event Withdrawn(address indexed treasurer, address indexed to, uint256 amount);

    /// @notice Resales pay `feeBps` basis points of their price to `receiver` (ERC-2981).
    event RoyaltySet(address indexed receiver, uint96 feeBps);

    /// @notice There is no journey `journeyId`.
    error UnknownJourney(uint256 journeyId);

    /// @notice Every seat of journey `journeyId` is sold.
    error SoldOut(uint256 journeyId);

    /// @notice Journey `journeyId` departed at `departure`: no sales, check-ins or cancellation.
    error AlreadyDeparted(uint256 journeyId, uint64 departure);

    /// @notice Journey `journeyId` departs at `departure`, which has not come yet.
    error NotYetDeparted(uint256 journeyId, uint64 departure);

    /// @notice Journey `journeyId` was cancelled.
    error CancelledJourney(uint256 journeyId);

    /// @notice Only tickets of a cancelled journey are refunded; journey `journeyId` is not cancelled.
    error JourneyNotCancelled(uint256 journeyId);

    /// @notice Journey `journeyId` was closed already.
    error JourneyAlreadyClosed(uint256 journeyId);

    /// @notice A place name must be 1..`MAX_PLACE_NAME_LENGTH` bytes of printable UTF-8 without
    /// surrounding spaces.
    error InvalidPlaceName(string name);

    /// @notice A journey must depart after the current block's `timestamp`.
    error DepartureNotInFuture(uint64 departure, uint256 timestamp);

    /// @notice A journey needs at least one seat.
    error ZeroCapacity();

    /// @notice Boarding for journey `journeyId` opens at `opensAt`.
    error BoardingNotOpen(uint256 journeyId, uint256 opensAt);

    /// @notice Ticket `tokenId` was checked in already.
    error AlreadyCheckedIn(uint256 tokenId);

    /// @notice Ticket `tokenId` is locked (checked in, or its journey departed) and cannot be transferred.
    error TicketLocked(uint256 tokenId);

    /// @notice `onTransferReceived` was called by `token`, which is not the TRIP token.
    error UnsupportedToken(address token);

    /// @notice `transferAndCall` data must be `abi.encode(journeyId)`; got `data`.
    error InvalidPaymentData(bytes data);

    /// @notice Journey `journeyId` costs `price` TRIP and `paid` was sent.
    error IncorrectPayment(uint256 journeyId, uint256 paid, uint256 price);

    /// @notice The treasury has no released sales to withdraw.
    error NothingToWithdraw();

    /// @notice TRIP cannot be withdrawn to `to` (the zero address or this contract).
    error InvalidRecipient(address to);

    /// @notice The royalty `feeBps` is above the maximum `maxFeeBps`.
    error RoyaltyTooHigh(uint96 feeBps, uint96 maxFeeBps);

    /// @notice Royalties go to the treasury; `receiver` does not hold `TREASURY_ROLE`.
    error RoyaltyReceiverNotTreasury(address receiver);

    /**
     * @notice Creates a journey with `capacity` seats at `price` TRIP each.
     * @dev Requirements: the caller has `ISSUER_ROLE`; `origin` and `destination` are 1 to
     * `MAX_PLACE_NAME_LENGTH` bytes of printable UTF-8 (no control characters) without leading or
     * trailing spaces; `departure` is after the current block's timestamp; `capacity > 0`. A price of 0
     * makes a free journey. Emits `JourneyCreated`.
     * @param departure Unix time in seconds (UTC).
     * @param price TRIP base units per seat.
     * @return journeyId The new journey's id (ids start at 1).
     */
    function createJourney(
        string calldata origin,
        string calldata destination,
        uint64 departure,
        uint256 price,
        uint32 capacity
    ) external returns (uint256 journeyId);

    /**
     * @notice Buys the next seat of `journeyId`, paying its price in TRIP with the caller's allowance.
     * @dev Requirements: the journey exists, is not cancelled, has not departed and has a seat left;
     * the caller approved and holds `price` TRIP; a contract caller accepts ERC-721 tokens
     * (`onERC721Received`). Emits `TicketBought` and `Transfer`.
     * @return tokenId The ticket, `journeyId << 32 | seat`.
     */
    function buyTicket(uint256 journeyId) external returns (uint256 tokenId);

    /**
     * @notice Buys like `buyTicket` with an EIP-2612 permit for the price instead of a prior approval:
     * one transaction.
     * @dev The permit is for `journey(journeyId).price` TRIP to this contract. A permit already used
     * (e.g. front-run) is fine if the allowance is in place. Requirements and events as `buyTicket`.
     * @return tokenId The ticket, `journeyId << 32 | seat`.
     */
    function buyTicketWithPermit(
        uint256 journeyId,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external returns (uint256 tokenId);

    /**
     * @notice Checks ticket `tokenId` in at the gate: from now on it is a souvenir, locked to its holder.
     * @dev Requirements: the caller has `INSPECTOR_ROLE`; the ticket exists and was not checked in; its
     * journey is not cancelled; the current time is within the boarding window
     * `[departure - BOARDING_WINDOW, departure)`. Emits `CheckedIn`, `Locked` and `MetadataUpdate`.
     */
    function checkIn(uint256 tokenId) external;

    /**
     * @notice Announces that departed journey `journeyId` changed its tickets' status and locked them,
     * and releases its sales (unless cancelled) to the treasury.
     * @dev Anyone may call it, once, after departure. Requirements: the journey exists, has departed
     * and was not closed. Emits `JourneyClosed` and, if any seat was sold, `BatchMetadataUpdate` over
     * the journey's sold token ids.
     */
    function closeJourney(uint256 journeyId) external;

    /**
     * @notice Cancels journey `journeyId`: no more sales, and each holder can `refund` their ticket.
     * @dev Requirements: the caller has `ISSUER_ROLE`; the journey exists, was not cancelled and has not
     * departed. Emits `JourneyCancelled` and, if any seat was sold, `BatchMetadataUpdate` over the
     * journey's sold token ids.
     */
    function cancelJourney(uint256 journeyId) external;

    /**
     * @notice Burns ticket `tokenId` of a cancelled journey and pays its price back in TRIP to its holder.
     * @dev Requirements: the ticket exists; the caller is its holder or approved for it; its journey is
     * cancelled. Works at any time after the cancellation, also for a checked-in ticket. Emits
     * `Refunded` and `Transfer` (to the zero address).
     */
    function refund(uint256 tokenId) external;

    /**
     * @notice Sends every released TRIP of ticket sales (see `withdrawable`) to `to`.
     * @dev Requirements: the caller has `TREASURY_ROLE`; `to` is neither the zero address nor this
     * contract; something was released. Emits `Withdrawn`.
     * @return amount The TRIP sent.
     */
    function withdraw(address to) external returns (uint256 amount);

    /**
     * @notice Sets the ERC-2981 royalty that marketplaces pay on resales.
     * @dev Requirements: the caller has `ISSUER_ROLE`; `receiver` has `TREASURY_ROLE`;
     * `feeBps <= MAX_ROYALTY_BPS`. Emits `RoyaltySet`.
     * @param feeBps Basis points of the sale price (100 = 1 %).
     */
    function setRoyalty(address receiver, uint96 feeBps) external;

    /// @notice Journey `journeyId`. Reverts with `UnknownJourney` if there is none.
    function journey(uint256 journeyId) external view returns (Journey memory);

    /// @notice Ticket `tokenId`. Reverts with `ERC721NonexistentToken` if it does not exist (or was refunded).
    function ticket(uint256 tokenId) external view returns (Ticket memory);

    /// @notice How many journeys were created: their ids are 1..journeyCount().
    function journeyCount() external view returns (uint256);

    /// @notice The token id of `seat` on `journeyId`: `journeyId << 32 | seat`.
    function ticketId(uint256 journeyId, uint32 seat) external pure returns (uint256);

    /// @notice TRIP held for ticket sales: prices paid, less refunds, less withdrawals.
    function proceeds() external view returns (uint256);

    /// @notice The part of `proceeds()` that closed journeys released to the treasury.
    function withdrawable() external view returns (uint256);

    /// @notice The TRIP token tickets are paid with.
    function paymentToken() external view returns (address);

    /// @notice The contract that draws `tokenURI`'s JSON and SVG.
    function renderer() external view returns (address);

    /// @notice The role that creates and cancels journeys and sets the royalty.
    // solhint-disable-next-line func-name-mixedcase
    function ISSUER_ROLE() external view returns (bytes32);

    /// @notice The role that checks tickets in at the gate.
    // solhint-disable-next-line func-name-mixedcase
    function INSPECTOR_ROLE() external view returns (bytes32);

    /// @notice The role that withdraws ticket sales and receives royalties.
    // solhint-disable-next-line func-name-mixedcase
    function TREASURY_ROLE() external view returns (bytes32);

    /// @notice Boarding opens this many seconds before departure (2 hours).
    // solhint-disable-next-line func-name-mixedcase
    function BOARDING_WINDOW() external view returns (uint64);

    /// @notice The longest place name, in bytes of UTF-8.
    // solhint-disable-next-line func-name-mixedcase
    function MAX_PLACE_NAME_LENGTH() external view returns (uint256);

    /// @notice The highest royalty the issuer can set, in basis points.
    // solhint-disable-next-line func-name-mixedcase
    function MAX_ROYALTY_BPS() external view returns (uint96);
}
