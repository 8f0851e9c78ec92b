// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "./Test.sol";
import {TicketRenderer} from "../../contracts/TicketRenderer.sol";
import {TravelTicket} from "../../contracts/TravelTicket.sol";
import {TripExchange} from "../../contracts/TripExchange.sol";
import {TripToken} from "../../contracts/TripToken.sol";

/**
 * @title A deployed TravelTicket with its TRIP, exchange desk and cast, for the ticket test suites
 * @dev The clock starts at a realistic time; the default journey departs a day later.
 */
abstract contract TicketFixture is Test {
    /// @dev TRIP per ETH at the desk.
    uint256 internal constant RATE = 1000;
    uint256 internal constant PRICE = 25 ether; // TRIP base units
    uint32 internal constant CAPACITY = 3;
    uint96 internal constant ROYALTY_BPS = 500;
    uint64 internal constant START = 1_750_000_000; // 2025-06-15 15:06:40 UTC
    uint64 internal constant DEPARTURE = START + 1 days;
    uint64 internal constant BOARDING_OPENS = DEPARTURE - 2 hours;
    bytes32 private constant PERMIT_TYPEHASH = keccak256(
        "Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"
    );

    TripToken internal trip;
    TripExchange internal desk;
    TicketRenderer internal renderer;
    TravelTicket internal tickets;

    address internal admin = makeAddr("admin");
    address internal issuer = makeAddr("issuer");
    address internal inspector = makeAddr("inspector");
    address internal treasury = makeAddr("treasury");
    address internal alice;
    uint256 internal aliceKey;
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");

    /// @dev The default journey: Lisbon → Porto, `CAPACITY` seats at `PRICE`, departing at `DEPARTURE`.
    uint256 internal journeyId;

    function setUp() public virtual {
        (alice, aliceKey) = makeAddrAndKey("alice");
        vm.warp(START);
        trip = new TripToken(address(this));
        desk = new TripExchange(trip, RATE);
        trip.grantRole(trip.MINTER_ROLE(), address(desk));
        renderer = new TicketRenderer();
        tickets = new TravelTicket(trip, renderer, admin, treasury, ROYALTY_BPS);
        vm.startPrank(admin);
        tickets.grantRole(tickets.ISSUER_ROLE(), issuer);
        tickets.grantRole(tickets.INSPECTOR_ROLE(), inspector);
        vm.stopPrank();
        journeyId = _createJourney(PRICE, CAPACITY, DEPARTURE);
    }

    function _createJourney(uint256 price, uint32 capacity, uint64 departure) internal returns (uint256) {
        vm.prank(issuer);
        return tickets.createJourney("Lisbon", "Porto", departure, price, capacity);
    }

    /// @dev Gives `account` at least `amount` TRIP, bought at the desk as anyone would.
    function _fund(address account, uint256 amount) internal {
        uint256 value = (amount + RATE - 1) / RATE;
        if (value == 0) return;
        vm.deal(account, value);
        vm.prank(account);
        desk.buy{value: value}();
    }

    /// @dev `buyer` funds, approves and buys the next seat of `journey_`.
    function _buy(address buyer, uint256 journey_) internal returns (uint256 tokenId) {
        uint256 price = tickets.journey(journey_).price;
        _fund(buyer, price);
        vm.startPrank(buyer);
        trip.approve(address(tickets), price);
        tokenId = tickets.buyTicket(journey_);
        vm.stopPrank();
    }

    function _checkIn(uint256 tokenId) internal {
        vm.prank(inspector);
        tickets.checkIn(tokenId);
    }

    function _cancel(uint256 journey_) internal {
        vm.prank(issuer);
        tickets.cancelJourney(journey_);
    }

    /// @dev An EIP-2612 permit signature from `key`'s account for `value` TRIP to the ticket contract.
    function _signPermit(
        uint256 key,
        uint256 value,
        uint256 deadline
    ) internal view returns (uint8 v, bytes32 r, bytes32 s) {
        address owner = vm.addr(key);
        bytes32 structHash = keccak256(
            abi.encode(PERMIT_TYPEHASH, owner, address(tickets), value, trip.nonces(owner), deadline)
        );
        return vm.sign(key, keccak256(abi.encodePacked("\x19\x01", trip.DOMAIN_SEPARATOR(), structHash)));
    }
}
