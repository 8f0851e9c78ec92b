// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC1363Receiver} from "@openzeppelin/contracts/interfaces/IERC1363Receiver.sol";
import {IERC2981} from "@openzeppelin/contracts/interfaces/IERC2981.sol";
import {IERC4906} from "@openzeppelin/contracts/interfaces/IERC4906.sol";
import {IERC20Errors, IERC721Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";
import {IERC721Metadata} from "@openzeppelin/contracts/token/ERC721/extensions/IERC721Metadata.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";

import {TravelTicket} from "../contracts/TravelTicket.sol";
import {IERC5192} from "../contracts/interfaces/IERC5192.sol";
import {ITravelTicket} from "../contracts/interfaces/ITravelTicket.sol";
import {TextSearch} from "./utils/TextSearch.sol";
import {TicketFixture} from "./utils/TicketFixture.sol";

/// @dev Unit, boundary and fuzz tests of TravelTicket, one behaviour each.
contract TravelTicketTest is TicketFixture {
    using TextSearch for string;

    // ---------------------------------------------------------------- deployment and introspection

    function test_constructor_setsTokenRolesAndRoyalty() public view {
        vm.assertEq(tickets.name(), "Wayfare Ticket", "name");
        vm.assertEq(tickets.symbol(), "TIX", "symbol");
        vm.assertEq(tickets.paymentToken(), address(trip), "payment token");
        vm.assertEq(tickets.renderer(), address(renderer), "renderer");
        vm.assertTrue(tickets.hasRole(tickets.DEFAULT_ADMIN_ROLE(), admin), "admin");
        vm.assertTrue(tickets.hasRole(tickets.TREASURY_ROLE(), treasury), "treasury");
        vm.assertTrue(tickets.hasRole(tickets.ISSUER_ROLE(), issuer), "issuer");
        vm.assertTrue(tickets.hasRole(tickets.INSPECTOR_ROLE(), inspector), "inspector");
        (address receiver, uint256 royalty) = tickets.royaltyInfo(1, 10_000);
        vm.assertEq(receiver, treasury, "royalty receiver");
        vm.assertEq(royalty, ROYALTY_BPS, "royalty");
    }

    function test_constructor_revertsWhenRoyaltyTooHigh() public {
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.RoyaltyTooHigh.selector, 1_001, 1_000));
        new TravelTicket(trip, renderer, admin, treasury, 1_001);
    }

    function test_constants_haveDocumentedValues() public view {
        vm.assertEq(tickets.BOARDING_WINDOW(), 2 hours, "boarding window");
        vm.assertEq(tickets.MAX_PLACE_NAME_LENGTH(), 32, "max place name");
        vm.assertEq(tickets.MAX_ROYALTY_BPS(), 1_000, "max royalty");
        vm.assertEq(tickets.ISSUER_ROLE(), keccak256("ISSUER_ROLE"), "issuer role");
        vm.assertEq(tickets.INSPECTOR_ROLE(), keccak256("INSPECTOR_ROLE"), "inspector role");
        vm.assertEq(tickets.TREASURY_ROLE(), keccak256("TREASURY_ROLE"), "treasury role");
    }

    function test_supportsInterface_declaresEveryStandard() public view {
        vm.assertTrue(tickets.supportsInterface(type(IERC165).interfaceId), "ERC-165");
        vm.assertTrue(tickets.supportsInterface(type(IERC721).interfaceId), "ERC-721");
        vm.assertTrue(tickets.supportsInterface(type(IERC721Metadata).interfaceId), "ERC-721 metadata");
        vm.assertTrue(tickets.supportsInterface(type(IERC2981).interfaceId), "ERC-2981");
        vm.assertTrue(tickets.supportsInterface(0x49064906), "ERC-4906");
        vm.assertTrue(tickets.supportsInterface(0xb45a3c0e), "ERC-5192");
        vm.assertTrue(tickets.supportsInterface(type(IAccessControl).interfaceId), "AccessControl");
        vm.assertTrue(tickets.supportsInterface(type(IERC1363Receiver).interfaceId), "ERC-1363 receiver");
        vm.assertFalse(tickets.supportsInterface(0xffffffff), "0xffffffff");
        vm.assertFalse(tickets.supportsInterface(0x12345678), "unknown");
    }

    function test_supportsInterface_erc5192IdIsLockedSelector() public pure {
        vm.assertEq(uint32(type(IERC5192).interfaceId), uint32(0xb45a3c0e), "ERC-5192 id");
    }

    // ---------------------------------------------------------------- createJourney

    function test_createJourney_storesJourney() public view {
        ITravelTicket.Journey memory created = tickets.journey(journeyId);
        vm.assertEq(journeyId, 1, "first id");
        vm.assertEq(tickets.journeyCount(), 1, "count");
        vm.assertEq(created.origin, "Lisbon", "origin");
        vm.assertEq(created.destination, "Porto", "destination");
        vm.assertEq(created.price, PRICE, "price");
        vm.assertEq(created.departure, DEPARTURE, "departure");
        vm.assertEq(created.capacity, CAPACITY, "capacity");
        vm.assertEq(created.sold, 0, "sold");
        vm.assertFalse(created.cancelled, "cancelled");
        vm.assertFalse(created.closed, "closed");
    }

    function test_createJourney_emitsJourneyCreated() public {
        vm.expectEmit(address(tickets));
        emit ITravelTicket.JourneyCreated(2, "Vienna", "Venice", DEPARTURE, 1 ether, 9);
        vm.prank(issuer);
        vm.assertEq(tickets.createJourney("Vienna", "Venice", DEPARTURE, 1 ether, 9), 2, "id");
    }

    function test_createJourney_revertsForNonIssuer() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                alice,
                tickets.ISSUER_ROLE()
            )
        );
        vm.prank(alice);
        tickets.createJourney("Lisbon", "Porto", DEPARTURE, PRICE, CAPACITY);
    }

    function test_createJourney_revertsForEmptyOrigin() public {
        _expectInvalidPlaceName("");
        vm.prank(issuer);
        tickets.createJourney("", "Porto", DEPARTURE, PRICE, CAPACITY);
    }

    function test_createJourney_revertsForEmptyDestination() public {
        _expectInvalidPlaceName("");
        vm.prank(issuer);
        tickets.createJourney("Lisbon", "", DEPARTURE, PRICE, CAPACITY);
    }

    function test_createJourney_acceptsLongestName() public {
        string memory longest = "Santiago de Compostela (Galicia)"; // 32 bytes
        vm.prank(issuer);
        uint256 id = tickets.createJourney(longest, "Porto", DEPARTURE, PRICE, CAPACITY);
        vm.assertEq(tickets.journey(id).origin, longest, "origin");
    }

    function test_createJourney_revertsForNameOneByteTooLong() public {
        string memory tooLong = "Santiago de Compostela (Galicia)!"; // 33 bytes
        _expectInvalidPlaceName(tooLong);
        vm.prank(issuer);
        tickets.createJourney("Lisbon", tooLong, DEPARTURE, PRICE, CAPACITY);
    }

    function test_createJourney_revertsForSurroundingSpaces() public {
        _expectInvalidPlaceName(" Porto");
        vm.prank(issuer);
        tickets.createJourney("Lisbon", " Porto", DEPARTURE, PRICE, CAPACITY);
        _expectInvalidPlaceName("Porto ");
        vm.prank(issuer);
        tickets.createJourney("Lisbon", "Porto ", DEPARTURE, PRICE, CAPACITY);
        _expectInvalidPlaceName(" ");
        vm.prank(issuer);
        tickets.createJourney(" ", "Porto", DEPARTURE, PRICE, CAPACITY);
    }

    function test_createJourney_revertsForControlCharacters() public {
        _expectInvalidPlaceName("Lis\nbon");
        vm.prank(issuer);
        tickets.createJourney("Lis\nbon", "Porto", DEPARTURE, PRICE, CAPACITY);
    }

    function test_createJourney_revertsForMalformedUtf8() public {
        string memory malformed = string(bytes.concat("Porto", hex"ff")); // "Porto" then a byte UTF-8 never uses
        _expectInvalidPlaceName(malformed);
        vm.prank(issuer);
        tickets.createJourney("Lisbon", malformed, DEPARTURE, PRICE, CAPACITY);
    }

    function test_createJourney_acceptsHostileButPrintableNames() public {
        vm.prank(issuer);
        uint256 id = tickets.createJourney("<script>alert(1)</script>", "\"&\\'", DEPARTURE, PRICE, CAPACITY);
        vm.assertEq(tickets.journey(id).destination, "\"&\\'", "stored verbatim");
    }

    function test_createJourney_revertsWhenDepartureIsNow() public {
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.DepartureNotInFuture.selector, START, START));
        _createJourney(PRICE, CAPACITY, START);
    }

    function test_createJourney_revertsWhenDepartureIsPast() public {
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.DepartureNotInFuture.selector, START - 1, START));
        _createJourney(PRICE, CAPACITY, START - 1);
    }

    function test_createJourney_acceptsDepartureOneSecondAhead() public {
        uint256 id = _createJourney(PRICE, CAPACITY, START + 1);
        vm.assertEq(tickets.journey(id).departure, START + 1, "departure");
    }

    function test_createJourney_revertsForZeroCapacity() public {
        vm.expectRevert(ITravelTicket.ZeroCapacity.selector);
        _createJourney(PRICE, 0, DEPARTURE);
    }

    function test_createJourney_allowsFreeJourney() public {
        uint256 id = _createJourney(0, 1, DEPARTURE);
        vm.prank(alice);
        uint256 tokenId = tickets.buyTicket(id);
        vm.assertEq(tickets.ownerOf(tokenId), alice, "free ticket");
    }

    // ---------------------------------------------------------------- buyTicket

    function test_buyTicket_pullsPriceAndMintsFirstSeat() public {
        uint256 tokenId = _buy(alice, journeyId);
        vm.assertEq(tokenId, (journeyId << 32) | 1, "token id");
        vm.assertEq(tickets.ownerOf(tokenId), alice, "owner");
        vm.assertEq(trip.balanceOf(alice), 0, "alice paid");
        vm.assertEq(trip.balanceOf(address(tickets)), PRICE, "contract holds the price");
        vm.assertEq(tickets.proceeds(), PRICE, "proceeds");
        vm.assertEq(tickets.withdrawable(), 0, "held in escrow");
        vm.assertEq(tickets.journey(journeyId).sold, 1, "sold");
    }

    function test_buyTicket_numbersSeatsInOrder() public {
        vm.assertEq(_buy(alice, journeyId), tickets.ticketId(journeyId, 1), "seat 1");
        vm.assertEq(_buy(bob, journeyId), tickets.ticketId(journeyId, 2), "seat 2");
        vm.assertEq(_buy(alice, journeyId), tickets.ticketId(journeyId, 3), "seat 3");
        vm.assertEq(tickets.balanceOf(alice), 2, "alice holds two");
    }

    function test_buyTicket_emitsTicketBoughtAndTransfer() public {
        _fund(alice, PRICE);
        vm.prank(alice);
        trip.approve(address(tickets), PRICE);
        uint256 tokenId = tickets.ticketId(journeyId, 1);
        vm.expectEmit(address(tickets));
        emit ITravelTicket.TicketBought(tokenId, journeyId, alice, PRICE);
        vm.expectEmit(address(tickets));
        emit IERC721.Transfer(address(0), alice, tokenId);
        vm.prank(alice);
        tickets.buyTicket(journeyId);
    }

    function test_buyTicket_sellsLastSeat() public {
        _buy(alice, journeyId);
        _buy(bob, journeyId);
        uint256 last = _buy(carol, journeyId);
        vm.assertEq(last, tickets.ticketId(journeyId, CAPACITY), "last seat");
        vm.assertEq(tickets.journey(journeyId).sold, CAPACITY, "sold out");
    }

    function test_buyTicket_revertsWhenSoldOut() public {
        for (uint256 i = 0; i < CAPACITY; ++i) _buy(alice, journeyId);
        _fund(bob, PRICE);
        vm.startPrank(bob);
        trip.approve(address(tickets), PRICE);
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.SoldOut.selector, journeyId));
        tickets.buyTicket(journeyId);
        vm.stopPrank();
    }

    function test_buyTicket_revertsForUnknownJourney() public {
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.UnknownJourney.selector, 2));
        vm.prank(alice);
        tickets.buyTicket(2);
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.UnknownJourney.selector, 0));
        vm.prank(alice);
        tickets.buyTicket(0);
    }

    function test_buyTicket_revertsWhenCancelled() public {
        _cancel(journeyId);
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.CancelledJourney.selector, journeyId));
        vm.prank(alice);
        tickets.buyTicket(journeyId);
    }

    function test_buyTicket_oneSecondBeforeDeparture_succeeds() public {
        vm.warp(DEPARTURE - 1);
        vm.assertEq(tickets.ownerOf(_buy(alice, journeyId)), alice, "bought");
    }

    function test_buyTicket_atDeparture_reverts() public {
        vm.warp(DEPARTURE);
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.AlreadyDeparted.selector, journeyId, DEPARTURE));
        vm.prank(alice);
        tickets.buyTicket(journeyId);
    }

    function test_buyTicket_oneSecondAfterDeparture_reverts() public {
        vm.warp(DEPARTURE + 1);
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.AlreadyDeparted.selector, journeyId, DEPARTURE));
        vm.prank(alice);
        tickets.buyTicket(journeyId);
    }

    function test_buyTicket_revertsWithoutAllowance() public {
        _fund(alice, PRICE);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(tickets), 0, PRICE)
        );
        vm.prank(alice);
        tickets.buyTicket(journeyId);
    }

    function test_buyTicket_revertsWithoutBalance() public {
        vm.startPrank(alice);
        trip.approve(address(tickets), PRICE);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, 0, PRICE));
        tickets.buyTicket(journeyId);
        vm.stopPrank();
    }

    function test_buyTicket_revertsForContractThatRefusesTokens() public {
        address refuser = address(renderer); // a contract without onERC721Received
        _fund(refuser, PRICE);
        vm.startPrank(refuser);
        trip.approve(address(tickets), PRICE);
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721InvalidReceiver.selector, refuser));
        tickets.buyTicket(journeyId);
        vm.stopPrank();
    }

    // ---------------------------------------------------------------- buyTicketWithPermit

    function test_buyTicketWithPermit_buysInOneTransaction() public {
        _fund(alice, PRICE);
        uint256 deadline = START + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(aliceKey, PRICE, deadline);
        vm.prank(alice);
        uint256 tokenId = tickets.buyTicketWithPermit(journeyId, deadline, v, r, s);
        vm.assertEq(tickets.ownerOf(tokenId), alice, "owner");
        vm.assertEq(trip.nonces(alice), 1, "permit used");
        vm.assertEq(trip.allowance(alice, address(tickets)), 0, "allowance spent");
        vm.assertEq(tickets.proceeds(), PRICE, "proceeds");
    }

    function test_buyTicketWithPermit_succeedsWhenPermitWasFrontRun() public {
        _fund(alice, PRICE);
        uint256 deadline = START + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(aliceKey, PRICE, deadline);
        trip.permit(alice, address(tickets), PRICE, deadline, v, r, s); // someone submits it first
        vm.prank(alice);
        uint256 tokenId = tickets.buyTicketWithPermit(journeyId, deadline, v, r, s);
        vm.assertEq(tickets.ownerOf(tokenId), alice, "owner");
    }

    function test_buyTicketWithPermit_revertsWithInvalidPermitAndNoAllowance() public {
        _fund(alice, PRICE);
        uint256 deadline = START + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(aliceKey, PRICE - 1, deadline); // signed for less
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(tickets), 0, PRICE)
        );
        vm.prank(alice);
        tickets.buyTicketWithPermit(journeyId, deadline, v, r, s);
    }

    function test_buyTicketWithPermit_revertsForUnknownJourney() public {
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(aliceKey, PRICE, START);
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.UnknownJourney.selector, 7));
        vm.prank(alice);
        tickets.buyTicketWithPermit(7, START, v, r, s);
    }

    // ---------------------------------------------------------------- transferAndCall (ERC-1363)

    function test_transferAndCall_buysTicketForPayer() public {
        _fund(alice, PRICE);
        uint256 tokenId = tickets.ticketId(journeyId, 1);
        vm.expectEmit(address(tickets));
        emit ITravelTicket.TicketBought(tokenId, journeyId, alice, PRICE);
        vm.prank(alice);
        trip.transferAndCall(address(tickets), PRICE, abi.encode(journeyId));
        vm.assertEq(tickets.ownerOf(tokenId), alice, "owner");
        vm.assertEq(trip.balanceOf(address(tickets)), PRICE, "paid");
        vm.assertEq(tickets.proceeds(), PRICE, "proceeds");
    }

    function test_transferFromAndCall_mintsToWhoPaid() public {
        _fund(alice, PRICE);
        vm.prank(alice);
        trip.approve(bob, PRICE);
        vm.prank(bob);
        trip.transferFromAndCall(alice, address(tickets), PRICE, abi.encode(journeyId));
        vm.assertEq(tickets.ownerOf(tickets.ticketId(journeyId, 1)), alice, "the payer holds the ticket");
    }

    function test_transferAndCall_revertsForTooLittle() public {
        _fund(alice, PRICE);
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.IncorrectPayment.selector, journeyId, PRICE - 1, PRICE));
        vm.prank(alice);
        trip.transferAndCall(address(tickets), PRICE - 1, abi.encode(journeyId));
        vm.assertEq(trip.balanceOf(alice), PRICE, "nothing kept");
    }

    function test_transferAndCall_revertsForTooMuch() public {
        _fund(alice, PRICE + 1);
        uint256 balance = trip.balanceOf(alice);
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.IncorrectPayment.selector, journeyId, PRICE + 1, PRICE));
        vm.prank(alice);
        trip.transferAndCall(address(tickets), PRICE + 1, abi.encode(journeyId));
        vm.assertEq(trip.balanceOf(alice), balance, "nothing kept");
    }

    function test_transferAndCall_revertsWithoutData() public {
        _fund(alice, PRICE);
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.InvalidPaymentData.selector, ""));
        vm.prank(alice);
        trip.transferAndCall(address(tickets), PRICE);
    }

    function test_transferAndCall_revertsForShortData() public {
        _fund(alice, PRICE);
        bytes memory data = abi.encodePacked(uint248(journeyId));
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.InvalidPaymentData.selector, data));
        vm.prank(alice);
        trip.transferAndCall(address(tickets), PRICE, data);
    }

    function test_transferAndCall_revertsForLongData() public {
        _fund(alice, PRICE);
        bytes memory data = abi.encode(journeyId, uint256(1));
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.InvalidPaymentData.selector, data));
        vm.prank(alice);
        trip.transferAndCall(address(tickets), PRICE, data);
    }

    function test_transferAndCall_revertsForUnknownJourney() public {
        _fund(alice, PRICE);
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.UnknownJourney.selector, 9));
        vm.prank(alice);
        trip.transferAndCall(address(tickets), PRICE, abi.encode(uint256(9)));
    }

    function test_transferAndCall_revertsWhenSoldOut() public {
        uint256 single = _createJourney(PRICE, 1, DEPARTURE);
        _buy(bob, single);
        _fund(alice, PRICE);
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.SoldOut.selector, single));
        vm.prank(alice);
        trip.transferAndCall(address(tickets), PRICE, abi.encode(single));
    }

    // ---------------------------------------------------------------- checkIn

    function test_checkIn_marksTicketAndLocksIt() public {
        uint256 tokenId = _buy(alice, journeyId);
        vm.warp(BOARDING_OPENS);
        _checkIn(tokenId);
        ITravelTicket.Ticket memory used = tickets.ticket(tokenId);
        vm.assertTrue(used.checkedIn, "checked in");
        vm.assertTrue(used.status == ITravelTicket.TicketStatus.CheckedIn, "status");
        vm.assertTrue(tickets.locked(tokenId), "locked");
        vm.assertEq(tickets.ownerOf(tokenId), alice, "still the holder's");
    }

    function test_checkIn_emitsCheckedInLockedAndMetadataUpdate() public {
        uint256 tokenId = _buy(alice, journeyId);
        vm.warp(BOARDING_OPENS);
        vm.expectEmit(address(tickets));
        emit ITravelTicket.CheckedIn(tokenId, journeyId, alice, inspector);
        vm.expectEmit(address(tickets));
        emit IERC5192.Locked(tokenId);
        vm.expectEmit(address(tickets));
        emit IERC4906.MetadataUpdate(tokenId);
        _checkIn(tokenId);
    }

    function test_checkIn_revertsForNonInspector() public {
        uint256 tokenId = _buy(alice, journeyId);
        vm.warp(BOARDING_OPENS);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                alice,
                tickets.INSPECTOR_ROLE()
            )
        );
        vm.prank(alice);
        tickets.checkIn(tokenId);
    }

    function test_checkIn_revertsForNonexistentTicket() public {
        uint256 tokenId = tickets.ticketId(journeyId, 1);
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, tokenId));
        _checkIn(tokenId);
    }

    function test_checkIn_revertsWhenAlreadyCheckedIn() public {
        uint256 tokenId = _buy(alice, journeyId);
        vm.warp(BOARDING_OPENS);
        _checkIn(tokenId);
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.AlreadyCheckedIn.selector, tokenId));
        _checkIn(tokenId);
    }

    function test_checkIn_revertsWhenCancelled() public {
        uint256 tokenId = _buy(alice, journeyId);
        _cancel(journeyId);
        vm.warp(BOARDING_OPENS);
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.CancelledJourney.selector, journeyId));
        _checkIn(tokenId);
    }

    function test_checkIn_oneSecondBeforeBoardingOpens_reverts() public {
        uint256 tokenId = _buy(alice, journeyId);
        vm.warp(BOARDING_OPENS - 1);
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.BoardingNotOpen.selector, journeyId, BOARDING_OPENS));
        _checkIn(tokenId);
    }

    function test_checkIn_whenBoardingOpens_succeeds() public {
        uint256 tokenId = _buy(alice, journeyId);
        vm.warp(BOARDING_OPENS);
        _checkIn(tokenId);
        vm.assertTrue(tickets.ticket(tokenId).checkedIn, "checked in");
    }

    function test_checkIn_oneSecondAfterBoardingOpens_succeeds() public {
        uint256 tokenId = _buy(alice, journeyId);
        vm.warp(BOARDING_OPENS + 1);
        _checkIn(tokenId);
        vm.assertTrue(tickets.ticket(tokenId).checkedIn, "checked in");
    }

    function test_checkIn_oneSecondBeforeDeparture_succeeds() public {
        uint256 tokenId = _buy(alice, journeyId);
        vm.warp(DEPARTURE - 1);
        _checkIn(tokenId);
        vm.assertTrue(tickets.ticket(tokenId).checkedIn, "checked in");
    }

    function test_checkIn_atDeparture_reverts() public {
        uint256 tokenId = _buy(alice, journeyId);
        vm.warp(DEPARTURE);
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.AlreadyDeparted.selector, journeyId, DEPARTURE));
        _checkIn(tokenId);
    }

    function test_checkIn_oneSecondAfterDeparture_reverts() public {
        uint256 tokenId = _buy(alice, journeyId);
        vm.warp(DEPARTURE + 1);
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.AlreadyDeparted.selector, journeyId, DEPARTURE));
        _checkIn(tokenId);
    }

    function test_checkIn_opensAtOnceForDepartureWithinTwoHoursOfEpoch() public {
        vm.warp(100);
        uint256 early = _createJourney(PRICE, 1, 1_000); // departure - 2 h would be negative
        uint256 tokenId = _buy(alice, early);
        _checkIn(tokenId);
        vm.assertTrue(tickets.ticket(tokenId).checkedIn, "checked in");
    }

    // ---------------------------------------------------------------- locked, ticket, journey

    function test_locked_isFalseForValidTicket() public {
        uint256 tokenId = _buy(alice, journeyId);
        vm.assertFalse(tickets.locked(tokenId), "unlocked");
    }

    function test_locked_oneSecondBeforeDeparture_isFalse() public {
        uint256 tokenId = _buy(alice, journeyId);
        vm.warp(DEPARTURE - 1);
        vm.assertFalse(tickets.locked(tokenId), "unlocked");
    }

    function test_locked_atDeparture_isTrue() public {
        uint256 tokenId = _buy(alice, journeyId);
        vm.warp(DEPARTURE);
        vm.assertTrue(tickets.locked(tokenId), "locked");
    }

    function test_locked_oneSecondAfterDeparture_isTrue() public {
        uint256 tokenId = _buy(alice, journeyId);
        vm.warp(DEPARTURE + 1);
        vm.assertTrue(tickets.locked(tokenId), "locked");
    }

    function test_locked_revertsForNonexistentTicket() public {
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, 42));
        tickets.locked(42);
    }

    function test_ticket_describesSeatHolderAndStatus() public {
        _buy(bob, journeyId);
        uint256 tokenId = _buy(alice, journeyId);
        ITravelTicket.Ticket memory sold = tickets.ticket(tokenId);
        vm.assertEq(sold.journeyId, journeyId, "journey");
        vm.assertEq(sold.seat, 2, "seat");
        vm.assertEq(sold.holder, alice, "holder");
        vm.assertFalse(sold.checkedIn, "not checked in");
        vm.assertTrue(sold.status == ITravelTicket.TicketStatus.Valid, "valid");
    }

    function test_ticket_statusFollowsTheJourney() public {
        uint256 used = _buy(alice, journeyId);
        uint256 unused = _buy(bob, journeyId);
        vm.warp(BOARDING_OPENS);
        _checkIn(used);
        vm.warp(DEPARTURE);
        vm.assertTrue(tickets.ticket(used).status == ITravelTicket.TicketStatus.CheckedIn, "souvenir");
        vm.assertTrue(tickets.ticket(unused).status == ITravelTicket.TicketStatus.Departed, "departed");
    }

    function test_ticket_statusIsCancelledAfterCancellation() public {
        uint256 tokenId = _buy(alice, journeyId);
        _cancel(journeyId);
        vm.assertTrue(tickets.ticket(tokenId).status == ITravelTicket.TicketStatus.Cancelled, "cancelled");
    }

    function test_ticket_revertsForNonexistentTicket() public {
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, 1));
        tickets.ticket(1);
    }

    function test_journey_revertsForUnknownJourney() public {
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.UnknownJourney.selector, 5));
        tickets.journey(5);
    }

    function test_ticketId_packsJourneyAboveSeat() public view {
        vm.assertEq(tickets.ticketId(1, 1), 4_294_967_297, "1 << 32 | 1");
        vm.assertEq(tickets.ticketId(3, type(uint32).max), (uint256(3) << 32) | type(uint32).max, "last seat");
    }

    // ---------------------------------------------------------------- transfers

    function test_transferFrom_beforeDeparture_givesTicketToFriend() public {
        uint256 tokenId = _buy(alice, journeyId);
        vm.prank(alice);
        tickets.transferFrom(alice, bob, tokenId);
        vm.assertEq(tickets.ownerOf(tokenId), bob, "bob holds it");
        vm.assertEq(tickets.ticket(tokenId).holder, bob, "ticket view");
    }

    function test_transferFrom_oneSecondBeforeDeparture_succeeds() public {
        uint256 tokenId = _buy(alice, journeyId);
        vm.warp(DEPARTURE - 1);
        vm.prank(alice);
        tickets.transferFrom(alice, bob, tokenId);
        vm.assertEq(tickets.ownerOf(tokenId), bob, "moved");
    }

    function test_transferFrom_atDeparture_reverts() public {
        uint256 tokenId = _buy(alice, journeyId);
        vm.warp(DEPARTURE);
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.TicketLocked.selector, tokenId));
        vm.prank(alice);
        tickets.transferFrom(alice, bob, tokenId);
    }

    function test_transferFrom_oneSecondAfterDeparture_reverts() public {
        uint256 tokenId = _buy(alice, journeyId);
        vm.warp(DEPARTURE + 1);
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.TicketLocked.selector, tokenId));
        vm.prank(alice);
        tickets.transferFrom(alice, bob, tokenId);
    }

    // ---------------------------------------------------------------- cancelJourney and refund

    function test_cancelJourney_stopsSalesAndAnnouncesMetadata() public {
        _buy(alice, journeyId);
        _buy(bob, journeyId);
        vm.expectEmit(address(tickets));
        emit ITravelTicket.JourneyCancelled(journeyId);
        vm.expectEmit(address(tickets));
        emit IERC4906.BatchMetadataUpdate(tickets.ticketId(journeyId, 1), tickets.ticketId(journeyId, 2));
        _cancel(journeyId);
        vm.assertTrue(tickets.journey(journeyId).cancelled, "cancelled");
    }

    function test_cancelJourney_withoutSales_announcesNoMetadata() public {
        vm.recordLogs();
        _cancel(journeyId);
        vm.assertEq(vm.getRecordedLogs().length, 1, "only JourneyCancelled");
    }

    function test_cancelJourney_revertsForNonIssuer() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                inspector,
                tickets.ISSUER_ROLE()
            )
        );
        vm.prank(inspector);
        tickets.cancelJourney(journeyId);
    }

    function test_cancelJourney_revertsForUnknownJourney() public {
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.UnknownJourney.selector, 3));
        _cancel(3);
    }

    function test_cancelJourney_revertsWhenAlreadyCancelled() public {
        _cancel(journeyId);
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.CancelledJourney.selector, journeyId));
        _cancel(journeyId);
    }

    function test_cancelJourney_oneSecondBeforeDeparture_succeeds() public {
        vm.warp(DEPARTURE - 1);
        _cancel(journeyId);
        vm.assertTrue(tickets.journey(journeyId).cancelled, "cancelled");
    }

    function test_cancelJourney_atDeparture_reverts() public {
        vm.warp(DEPARTURE);
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.AlreadyDeparted.selector, journeyId, DEPARTURE));
        _cancel(journeyId);
    }

    function test_refund_burnsTicketAndReturnsPrice() public {
        uint256 tokenId = _buy(alice, journeyId);
        _cancel(journeyId);
        vm.expectEmit(address(tickets));
        emit IERC721.Transfer(alice, address(0), tokenId);
        vm.expectEmit(address(tickets));
        emit ITravelTicket.Refunded(tokenId, journeyId, alice, PRICE);
        vm.prank(alice);
        tickets.refund(tokenId);
        vm.assertEq(trip.balanceOf(alice), PRICE, "price back");
        vm.assertEq(tickets.proceeds(), 0, "proceeds");
        vm.assertEq(tickets.balanceOf(alice), 0, "burned");
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, tokenId));
        tickets.ownerOf(tokenId);
    }

    function test_refund_byApprovedAccountPaysTheHolder() public {
        uint256 tokenId = _buy(alice, journeyId);
        _cancel(journeyId);
        vm.prank(alice);
        tickets.approve(bob, tokenId);
        vm.prank(bob);
        tickets.refund(tokenId);
        vm.assertEq(trip.balanceOf(alice), PRICE, "holder paid");
        vm.assertEq(trip.balanceOf(bob), 0, "helper not paid");
    }

    function test_refund_revertsForStranger() public {
        uint256 tokenId = _buy(alice, journeyId);
        _cancel(journeyId);
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721InsufficientApproval.selector, bob, tokenId));
        vm.prank(bob);
        tickets.refund(tokenId);
    }

    function test_refund_revertsWhenNotCancelled() public {
        uint256 tokenId = _buy(alice, journeyId);
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.JourneyNotCancelled.selector, journeyId));
        vm.prank(alice);
        tickets.refund(tokenId);
    }

    function test_refund_revertsForNonexistentTicket() public {
        uint256 tokenId = _buy(alice, journeyId);
        _cancel(journeyId);
        vm.prank(alice);
        tickets.refund(tokenId);
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, tokenId));
        vm.prank(alice);
        tickets.refund(tokenId);
    }

    function test_refund_worksForCheckedInTicketAfterDeparture() public {
        uint256 tokenId = _buy(alice, journeyId);
        vm.warp(BOARDING_OPENS);
        _checkIn(tokenId);
        _cancel(journeyId);
        vm.warp(DEPARTURE + 30 days);
        vm.prank(alice);
        tickets.refund(tokenId);
        vm.assertEq(trip.balanceOf(alice), PRICE, "price back");
    }

    function test_refund_isFundedEvenAfterTreasuryWithdrew() public {
        uint256 other = _createJourney(PRICE, CAPACITY, START + 1 hours);
        _buy(bob, other);
        uint256 tokenId = _buy(alice, journeyId);
        vm.warp(START + 1 hours);
        tickets.closeJourney(other);
        vm.prank(treasury);
        tickets.withdraw(treasury);
        _cancel(journeyId);
        vm.prank(alice);
        tickets.refund(tokenId);
        vm.assertEq(trip.balanceOf(alice), PRICE, "refund paid from escrow");
        vm.assertEq(trip.balanceOf(address(tickets)), 0, "nothing left");
    }

    // ---------------------------------------------------------------- closeJourney and withdraw

    function test_closeJourney_releasesSalesAndAnnouncesMetadata() public {
        _buy(alice, journeyId);
        _buy(bob, journeyId);
        vm.warp(DEPARTURE);
        vm.expectEmit(address(tickets));
        emit ITravelTicket.JourneyClosed(journeyId, 2 * PRICE);
        vm.expectEmit(address(tickets));
        emit IERC4906.BatchMetadataUpdate(tickets.ticketId(journeyId, 1), tickets.ticketId(journeyId, 2));
        vm.prank(carol); // anyone
        tickets.closeJourney(journeyId);
        vm.assertTrue(tickets.journey(journeyId).closed, "closed");
        vm.assertEq(tickets.withdrawable(), 2 * PRICE, "released");
        vm.assertEq(tickets.proceeds(), 2 * PRICE, "still held");
    }

    function test_closeJourney_oneSecondBeforeDeparture_reverts() public {
        vm.warp(DEPARTURE - 1);
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.NotYetDeparted.selector, journeyId, DEPARTURE));
        tickets.closeJourney(journeyId);
    }

    function test_closeJourney_oneSecondAfterDeparture_succeeds() public {
        vm.warp(DEPARTURE + 1);
        tickets.closeJourney(journeyId);
        vm.assertTrue(tickets.journey(journeyId).closed, "closed");
    }

    function test_closeJourney_revertsForUnknownJourney() public {
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.UnknownJourney.selector, 2));
        tickets.closeJourney(2);
    }

    function test_closeJourney_revertsWhenAlreadyClosed() public {
        vm.warp(DEPARTURE);
        tickets.closeJourney(journeyId);
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.JourneyAlreadyClosed.selector, journeyId));
        tickets.closeJourney(journeyId);
    }

    function test_closeJourney_keepsCancelledSalesForRefunds() public {
        _buy(alice, journeyId);
        _cancel(journeyId);
        vm.warp(DEPARTURE);
        vm.expectEmit(address(tickets));
        emit ITravelTicket.JourneyClosed(journeyId, 0);
        tickets.closeJourney(journeyId);
        vm.assertEq(tickets.withdrawable(), 0, "nothing released");
    }

    function test_withdraw_sendsReleasedSales() public {
        _buy(alice, journeyId);
        vm.warp(DEPARTURE);
        tickets.closeJourney(journeyId);
        address vault = makeAddr("vault");
        vm.expectEmit(address(tickets));
        emit ITravelTicket.Withdrawn(treasury, vault, PRICE);
        vm.prank(treasury);
        vm.assertEq(tickets.withdraw(vault), PRICE, "amount");
        vm.assertEq(trip.balanceOf(vault), PRICE, "received");
        vm.assertEq(tickets.proceeds(), 0, "proceeds");
        vm.assertEq(tickets.withdrawable(), 0, "withdrawable");
    }

    function test_withdraw_revertsForNonTreasury() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                issuer,
                tickets.TREASURY_ROLE()
            )
        );
        vm.prank(issuer);
        tickets.withdraw(issuer);
    }

    function test_withdraw_revertsWhileSalesAreInEscrow() public {
        _buy(alice, journeyId);
        vm.expectRevert(ITravelTicket.NothingToWithdraw.selector);
        vm.prank(treasury);
        tickets.withdraw(treasury);
    }

    function test_withdraw_revertsForZeroAddress() public {
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.InvalidRecipient.selector, address(0)));
        vm.prank(treasury);
        tickets.withdraw(address(0));
    }

    function test_withdraw_revertsForTicketContract() public {
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.InvalidRecipient.selector, address(tickets)));
        vm.prank(treasury);
        tickets.withdraw(address(tickets));
    }

    // ---------------------------------------------------------------- royalty

    function test_royaltyInfo_paysTreasuryItsShare() public {
        uint256 tokenId = _buy(alice, journeyId);
        (address receiver, uint256 amount) = tickets.royaltyInfo(tokenId, 100 ether);
        vm.assertEq(receiver, treasury, "receiver");
        vm.assertEq(amount, 5 ether, "5 %");
    }

    function test_setRoyalty_updatesRoyaltyAndEmits() public {
        vm.expectEmit(address(tickets));
        emit ITravelTicket.RoyaltySet(treasury, 1_000);
        vm.prank(issuer);
        tickets.setRoyalty(treasury, 1_000);
        (, uint256 amount) = tickets.royaltyInfo(1, 100 ether);
        vm.assertEq(amount, 10 ether, "10 %");
    }

    function test_setRoyalty_revertsAboveMaximum() public {
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.RoyaltyTooHigh.selector, 1_001, 1_000));
        vm.prank(issuer);
        tickets.setRoyalty(treasury, 1_001);
    }

    function test_setRoyalty_revertsForReceiverOutsideTreasury() public {
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.RoyaltyReceiverNotTreasury.selector, issuer));
        vm.prank(issuer);
        tickets.setRoyalty(issuer, 100);
    }

    function test_setRoyalty_revertsForNonIssuer() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                treasury,
                tickets.ISSUER_ROLE()
            )
        );
        vm.prank(treasury);
        tickets.setRoyalty(treasury, 100);
    }

    // ---------------------------------------------------------------- roles

    function test_grantRole_adminAppointsAnotherInspector() public {
        address gate = makeAddr("gate 2");
        uint256 tokenId = _buy(alice, journeyId);
        bytes32 role = tickets.INSPECTOR_ROLE();
        vm.prank(admin);
        tickets.grantRole(role, gate);
        vm.warp(BOARDING_OPENS);
        vm.prank(gate);
        tickets.checkIn(tokenId);
        vm.assertTrue(tickets.ticket(tokenId).checkedIn, "checked in");
    }

    function test_revokeRole_adminRemovesIssuer() public {
        bytes32 role = tickets.ISSUER_ROLE();
        vm.prank(admin);
        tickets.revokeRole(role, issuer);
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, issuer, role));
        _createJourney(PRICE, 1, DEPARTURE);
    }

    // ---------------------------------------------------------------- tokenURI

    function test_tokenURI_revertsForNonexistentTicket() public {
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, 1));
        tickets.tokenURI(1);
    }

    function test_tokenURI_isBase64JsonDataUri() public {
        string memory uri = tickets.tokenURI(_buy(alice, journeyId));
        vm.assertTrue(uri.startsWith("data:application/json;base64,"), "data URI");
    }

    // ---------------------------------------------------------------- fuzz

    function testFuzz_buyTicket_chargesPriceUntilSoldOut(uint256 price, uint32 capacity) public {
        price = bound(price, 0, 1e30);
        capacity = uint32(bound(capacity, 1, 12));
        uint256 id = _createJourney(price, capacity, DEPARTURE);
        for (uint32 seat = 1; seat <= capacity; ++seat) {
            address buyer = seat % 2 == 0 ? alice : bob;
            vm.assertEq(_buy(buyer, id), tickets.ticketId(id, seat), "seat order");
        }
        vm.assertEq(tickets.journey(id).sold, capacity, "sold");
        vm.assertEq(tickets.proceeds(), price * capacity, "proceeds");
        vm.assertEq(trip.balanceOf(address(tickets)), price * capacity, "balance");
        _fund(carol, price);
        vm.startPrank(carol);
        trip.approve(address(tickets), price);
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.SoldOut.selector, id));
        tickets.buyTicket(id);
        vm.stopPrank();
    }

    function testFuzz_transferAndCall_acceptsOnlyTheExactPrice(uint256 price, uint256 paid) public {
        price = bound(price, 0, 1e30);
        paid = bound(paid, 0, 2e30);
        uint256 id = _createJourney(price, 1, DEPARTURE);
        _fund(alice, paid);
        uint256 balance = trip.balanceOf(alice);
        if (paid != price) {
            vm.expectRevert(abi.encodeWithSelector(ITravelTicket.IncorrectPayment.selector, id, paid, price));
        }
        vm.prank(alice);
        trip.transferAndCall(address(tickets), paid, abi.encode(id));
        vm.assertEq(trip.balanceOf(alice), paid == price ? balance - price : balance, "charged only on success");
        vm.assertEq(tickets.balanceOf(alice), paid == price ? 1 : 0, "ticket only on success");
    }

    function testFuzz_refund_returnsEveryPricePaid(uint256 price, uint32 capacity) public {
        price = bound(price, 1, 1e30);
        capacity = uint32(bound(capacity, 1, 8));
        uint256 id = _createJourney(price, capacity, DEPARTURE);
        for (uint32 seat = 1; seat <= capacity; ++seat) _buy(alice, id);
        uint256 before = trip.balanceOf(alice);
        _cancel(id);
        vm.startPrank(alice);
        for (uint32 seat = 1; seat <= capacity; ++seat) tickets.refund(tickets.ticketId(id, seat));
        vm.stopPrank();
        vm.assertEq(trip.balanceOf(alice) - before, price * capacity, "all refunded");
        vm.assertEq(tickets.proceeds(), 0, "nothing held");
    }

    function testFuzz_checkIn_onlyWithinBoardingWindow(uint256 when) public {
        when = bound(when, START, DEPARTURE + 1 days);
        uint256 tokenId = _buy(alice, journeyId);
        vm.warp(when);
        if (when < BOARDING_OPENS) {
            vm.expectRevert(abi.encodeWithSelector(ITravelTicket.BoardingNotOpen.selector, journeyId, BOARDING_OPENS));
        } else if (when >= DEPARTURE) {
            vm.expectRevert(abi.encodeWithSelector(ITravelTicket.AlreadyDeparted.selector, journeyId, DEPARTURE));
        }
        _checkIn(tokenId);
        vm.assertEq(tickets.locked(tokenId), when >= BOARDING_OPENS, "locked once boarded or departed");
    }

    function testFuzz_ticketId_keepsJourneyAndSeatApart(uint224 journey_, uint32 seat) public view {
        uint256 tokenId = tickets.ticketId(journey_, seat);
        vm.assertEq(tokenId >> 32, journey_, "journey");
        vm.assertEq(uint32(tokenId), seat, "seat");
    }

    // ---------------------------------------------------------------- helpers

    function _expectInvalidPlaceName(string memory name) private {
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.InvalidPlaceName.selector, name));
    }
}
