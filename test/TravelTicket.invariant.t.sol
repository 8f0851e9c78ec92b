// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";

import {TravelTicket} from "../contracts/TravelTicket.sol";
import {TripExchange} from "../contracts/TripExchange.sol";
import {TripToken} from "../contracts/TripToken.sol";
import {ITravelTicket} from "../contracts/interfaces/ITravelTicket.sol";
import {Test} from "./utils/Test.sol";
import {TicketFixture} from "./utils/TicketFixture.sol";

/**
 * @title Drives TravelTicket through random sequences for the invariant test
 * @dev Every action bounds its inputs to something that can succeed, performs it the way a real account
 * would, and books what moved in ghost variables that the invariants compare with the contract. It lives
 * in this file because the fuzzer recognises only contracts compiled as roots, and running this file
 * alone compiles only this file.
 */
contract TravelTicketHandler is Test {
    uint256 private constant ACTORS = 4;
    uint256 private constant RATE = 1000;
    bytes32 private constant PERMIT_TYPEHASH = keccak256(
        "Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"
    );

    TravelTicket public immutable tickets;
    TripToken public immutable trip;
    TripExchange public immutable desk;
    address public immutable issuer;
    address public immutable inspector;
    address public immutable treasury;

    address[ACTORS] private _actors;
    uint256[ACTORS] private _keys;
    uint256[] private _soldTokens;

    /// @notice TRIP paid for tickets, refunded and withdrawn, as the actors saw it happen.
    uint256 public ghostPaid;
    uint256 public ghostRefunded;
    uint256 public ghostWithdrawn;
    /// @notice Tickets of each journey not refunded.
    mapping(uint256 journeyId => uint256) public ghostLiveTickets;
    /// @notice Set if a ticket ever moved between holders while it was locked.
    bool public ghostLockedTicketMoved;

    constructor(
        TravelTicket tickets_,
        TripToken trip_,
        TripExchange desk_,
        address issuer_,
        address inspector_,
        address treasury_
    ) {
        tickets = tickets_;
        trip = trip_;
        desk = desk_;
        issuer = issuer_;
        inspector = inspector_;
        treasury = treasury_;
        for (uint256 i = 0; i < ACTORS; ++i) {
            (_actors[i], _keys[i]) = makeAddrAndKey(string.concat("traveller ", Strings.toString(i)));
        }
    }

    // ---------------------------------------------------------------- actions

    function createJourney(uint256 price, uint256 capacity, uint256 leadTime) external {
        price = bound(price, 0, 1_000 ether);
        capacity = bound(capacity, 1, 6);
        leadTime = bound(leadTime, 1, 3 days);
        vm.prank(issuer);
        tickets.createJourney("Lisbon", "Porto", uint64(block.timestamp + leadTime), price, uint32(capacity));
    }

    function buyWithAllowance(uint256 actorSeed, uint256 journeySeed) external {
        (address buyer, , uint256 journeyId, uint256 price) = _prepareBuy(actorSeed, journeySeed);
        if (journeyId == 0) return;
        vm.startPrank(buyer);
        trip.approve(address(tickets), price);
        _recordSale(tickets.buyTicket(journeyId), journeyId, price);
        vm.stopPrank();
    }

    function buyWithPermit(uint256 actorSeed, uint256 journeySeed) external {
        (address buyer, uint256 key, uint256 journeyId, uint256 price) = _prepareBuy(actorSeed, journeySeed);
        if (journeyId == 0) return;
        uint256 deadline = block.timestamp;
        bytes32 structHash = keccak256(
            abi.encode(PERMIT_TYPEHASH, buyer, address(tickets), price, trip.nonces(buyer), deadline)
        );
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(
            key,
            keccak256(abi.encodePacked("\x19\x01", IERC20Permit(address(trip)).DOMAIN_SEPARATOR(), structHash))
        );
        vm.prank(buyer);
        _recordSale(tickets.buyTicketWithPermit(journeyId, deadline, v, r, s), journeyId, price);
    }

    function buyWithTransferAndCall(uint256 actorSeed, uint256 journeySeed) external {
        (address buyer, , uint256 journeyId, uint256 price) = _prepareBuy(actorSeed, journeySeed);
        if (journeyId == 0) return;
        uint32 seat = tickets.journey(journeyId).sold + 1;
        vm.prank(buyer);
        trip.transferAndCall(address(tickets), price, abi.encode(journeyId));
        _recordSale(tickets.ticketId(journeyId, seat), journeyId, price);
    }

    function transfer(uint256 tokenSeed, uint256 toSeed) external {
        (uint256 tokenId, address holder) = _liveTicket(tokenSeed);
        if (holder == address(0)) return;
        address to = _actors[toSeed % ACTORS];
        bool wasLocked = tickets.locked(tokenId);
        vm.prank(holder);
        try tickets.transferFrom(holder, to, tokenId) {
            if (wasLocked && to != holder) ghostLockedTicketMoved = true;
        } catch {} // solhint-disable-line no-empty-blocks
    }

    function checkIn(uint256 tokenSeed) external {
        (uint256 tokenId, address holder) = _liveTicket(tokenSeed);
        if (holder == address(0)) return;
        ITravelTicket.Journey memory boarding = tickets.journey(tokenId >> 32);
        if (boarding.cancelled || tickets.ticket(tokenId).checkedIn || block.timestamp >= boarding.departure) return;
        // Walk to the gate: wait until boarding opens if it has not.
        if (block.timestamp + 2 hours < boarding.departure) vm.warp(boarding.departure - 2 hours);
        vm.prank(inspector);
        tickets.checkIn(tokenId);
    }

    function cancelJourney(uint256 journeySeed) external {
        uint256 journeyId = _journey(journeySeed);
        if (journeyId == 0) return;
        ITravelTicket.Journey memory cancelled = tickets.journey(journeyId);
        if (cancelled.cancelled || block.timestamp >= cancelled.departure) return;
        vm.prank(issuer);
        tickets.cancelJourney(journeyId);
    }

    function refund(uint256 tokenSeed) external {
        (uint256 tokenId, address holder) = _liveTicket(tokenSeed);
        if (holder == address(0)) return;
        ITravelTicket.Journey memory cancelled = tickets.journey(tokenId >> 32);
        if (!cancelled.cancelled) return;
        vm.prank(holder);
        tickets.refund(tokenId);
        ghostRefunded += cancelled.price;
        --ghostLiveTickets[tokenId >> 32];
    }

    function closeJourney(uint256 journeySeed) external {
        uint256 journeyId = _journey(journeySeed);
        if (journeyId == 0) return;
        ITravelTicket.Journey memory closed = tickets.journey(journeyId);
        if (closed.closed || block.timestamp < closed.departure) return;
        tickets.closeJourney(journeyId);
    }

    function withdraw() external {
        uint256 amount = tickets.withdrawable();
        if (amount == 0) return;
        vm.prank(treasury);
        tickets.withdraw(treasury);
        ghostWithdrawn += amount;
    }

    /// @dev Plain TRIP sent to the contract: not a sale, and not withdrawable.
    function donate(uint256 actorSeed, uint256 amount) external {
        amount = bound(amount, 1, 100 ether);
        address donor = _actors[actorSeed % ACTORS];
        _fund(donor, amount);
        vm.prank(donor);
        trip.transfer(address(tickets), amount);
    }

    function passTime(uint256 seconds_) external {
        vm.warp(block.timestamp + bound(seconds_, 1, 1 days));
    }

    // ---------------------------------------------------------------- helpers

    function _prepareBuy(
        uint256 actorSeed,
        uint256 journeySeed
    ) private returns (address buyer, uint256 key, uint256 journeyId, uint256 price) {
        journeyId = _journey(journeySeed);
        if (journeyId == 0) return (buyer, key, 0, 0);
        ITravelTicket.Journey memory selling = tickets.journey(journeyId);
        if (selling.cancelled || block.timestamp >= selling.departure || selling.sold == selling.capacity) {
            return (buyer, key, 0, 0);
        }
        uint256 index = actorSeed % ACTORS;
        (buyer, key, price) = (_actors[index], _keys[index], selling.price);
        _fund(buyer, price);
    }

    function _recordSale(uint256 tokenId, uint256 journeyId, uint256 price) private {
        _soldTokens.push(tokenId);
        ghostPaid += price;
        ++ghostLiveTickets[journeyId];
    }

    function _fund(address account, uint256 amount) private {
        uint256 value = (amount + RATE - 1) / RATE;
        if (value == 0) return;
        vm.deal(account, value);
        vm.prank(account);
        desk.buy{value: value}();
    }

    function _journey(uint256 seed) private view returns (uint256) {
        uint256 count = tickets.journeyCount();
        return count == 0 ? 0 : (seed % count) + 1;
    }

    /// @dev A sold, not refunded ticket and its holder; the zero address if there is none.
    function _liveTicket(uint256 seed) private view returns (uint256 tokenId, address holder) {
        if (_soldTokens.length == 0) return (0, address(0));
        tokenId = _soldTokens[seed % _soldTokens.length];
        try tickets.ownerOf(tokenId) returns (address owner) {
            holder = owner;
        } catch {} // solhint-disable-line no-empty-blocks
    }
}

/**
 * @dev Random sequences of journeys, purchases (allowance, permit, transferAndCall), transfers,
 * check-ins, cancellations, refunds, closings, withdrawals, donations and the passing of time.
 */
contract TravelTicketInvariantTest is TicketFixture {
    TravelTicketHandler private handler;

    function setUp() public override {
        super.setUp();
        handler = new TravelTicketHandler(tickets, trip, desk, issuer, inspector, treasury);
    }

    /// @dev Only the handler is called by the fuzzer.
    function targetContracts() public view returns (address[] memory targets) {
        targets = new address[](1);
        targets[0] = address(handler);
    }

    function invariant_soldNeverExceedsCapacity() public view {
        for (uint256 id = 1; id <= tickets.journeyCount(); ++id) {
            ITravelTicket.Journey memory journey_ = tickets.journey(id);
            vm.assertLe(journey_.sold, journey_.capacity, "sold <= capacity");
        }
    }

    function invariant_proceedsArePaymentsLessRefundsAndWithdrawals() public view {
        vm.assertEq(
            tickets.proceeds(),
            handler.ghostPaid() - handler.ghostRefunded() - handler.ghostWithdrawn(),
            "proceeds"
        );
    }

    function invariant_balanceCoversProceeds() public view {
        vm.assertGe(trip.balanceOf(address(tickets)), tickets.proceeds(), "balance >= proceeds");
        vm.assertLe(tickets.withdrawable(), tickets.proceeds(), "withdrawable <= proceeds");
    }

    /// @dev Whatever is not released is exactly the price of every ticket that may still be refunded.
    function invariant_escrowCoversEveryRefundableTicket() public view {
        uint256 escrow = 0;
        for (uint256 id = 1; id <= tickets.journeyCount(); ++id) {
            ITravelTicket.Journey memory journey_ = tickets.journey(id);
            if (!journey_.closed || journey_.cancelled) escrow += journey_.price * handler.ghostLiveTickets(id);
        }
        vm.assertEq(tickets.proceeds() - tickets.withdrawable(), escrow, "escrow");
    }

    function invariant_lockedTicketsNeverMove() public view {
        vm.assertFalse(handler.ghostLockedTicketMoved(), "a locked ticket moved");
    }
}
