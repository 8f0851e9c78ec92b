// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC1363} from "@openzeppelin/contracts/interfaces/IERC1363.sol";
import {IERC721Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {TripToken} from "../contracts/TripToken.sol";
import {ITravelTicket} from "../contracts/interfaces/ITravelTicket.sol";
import {ReentrantReceiver} from "./mocks/ReentrantReceiver.sol";
import {TicketFixture} from "./utils/TicketFixture.sol";

/// @dev What an attacker would try against TravelTicket, and how each attempt fails.
contract TravelTicketAttacksTest is TicketFixture {
    ReentrantReceiver private attacker;

    function setUp() public override {
        super.setUp();
        attacker = new ReentrantReceiver();
        _fund(address(attacker), 10 * PRICE);
        attacker.execute(address(trip), abi.encodeCall(IERC20.approve, (address(tickets), type(uint256).max)));
    }

    // ---------------------------------------------------------------- reentrancy

    function test_attack_reenterBuyFromOnERC721Received_reverts() public {
        attacker.arm(address(tickets), abi.encodeCall(ITravelTicket.buyTicket, (journeyId)), false);
        vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        attacker.execute(address(tickets), abi.encodeCall(ITravelTicket.buyTicket, (journeyId)));
        vm.assertEq(tickets.journey(journeyId).sold, 0, "no seat taken");
    }

    function test_attack_reenterBuyFromOnERC721Received_getsOnlyOneSeat() public {
        attacker.arm(address(tickets), abi.encodeCall(ITravelTicket.buyTicket, (journeyId)), true);
        attacker.execute(address(tickets), abi.encodeCall(ITravelTicket.buyTicket, (journeyId)));
        vm.assertEq(
            attacker.callbackRevert(),
            abi.encodeWithSelector(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector),
            "the guard stopped the nested purchase"
        );
        vm.assertEq(tickets.balanceOf(address(attacker)), 1, "one ticket");
        vm.assertEq(tickets.journey(journeyId).sold, 1, "one seat");
        vm.assertEq(tickets.proceeds(), PRICE, "one price");
        vm.assertEq(trip.balanceOf(address(tickets)), PRICE, "one payment");
    }

    function test_attack_reenterRefundFromOnERC721Received_reverts() public {
        uint256 cancelled = _createJourney(PRICE, 2, DEPARTURE);
        uint256 first = tickets.ticketId(cancelled, 1);
        attacker.execute(address(tickets), abi.encodeCall(ITravelTicket.buyTicket, (cancelled)));
        // Mid-purchase on the main journey, the attacker tries to cash in a ticket of a cancelled one.
        _cancel(cancelled);
        attacker.arm(address(tickets), abi.encodeCall(ITravelTicket.refund, (first)), false);
        vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        attacker.execute(address(tickets), abi.encodeCall(ITravelTicket.buyTicket, (journeyId)));
    }

    function test_attack_reenterThroughErc1363Hook_reverts() public {
        bytes memory payAgain = abi.encodeWithSignature(
            "transferAndCall(address,uint256,bytes)",
            address(tickets),
            PRICE,
            abi.encode(journeyId)
        );
        attacker.arm(address(trip), payAgain, false);
        vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        attacker.execute(address(trip), payAgain);
        vm.assertEq(trip.balanceOf(address(tickets)), 0, "nothing kept");
    }

    function test_attack_reenterThroughErc1363Hook_getsOnlyOneSeat() public {
        bytes memory payAgain = abi.encodeWithSignature(
            "transferAndCall(address,uint256,bytes)",
            address(tickets),
            PRICE,
            abi.encode(journeyId)
        );
        attacker.arm(address(trip), payAgain, true);
        attacker.execute(address(trip), payAgain);
        vm.assertEq(
            attacker.callbackRevert(),
            abi.encodeWithSelector(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector),
            "the guard stopped the nested purchase"
        );
        vm.assertEq(tickets.balanceOf(address(attacker)), 1, "one ticket");
        vm.assertEq(trip.balanceOf(address(tickets)), PRICE, "one payment");
        vm.assertEq(tickets.proceeds(), PRICE, "one price");
    }

    function test_attack_buyFromErc1363HookWithAllowance_reverts() public {
        attacker.arm(address(tickets), abi.encodeCall(ITravelTicket.buyTicket, (journeyId)), false);
        vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        attacker.execute(
            address(trip),
            abi.encodeWithSignature(
                "transferAndCall(address,uint256,bytes)",
                address(tickets),
                PRICE,
                abi.encode(journeyId)
            )
        );
    }

    // ---------------------------------------------------------------- forged payments

    function test_attack_forgedOnTransferReceivedFromAccount_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.UnsupportedToken.selector, alice));
        vm.prank(alice);
        tickets.onTransferReceived(alice, alice, PRICE, abi.encode(journeyId));
    }

    function test_attack_lookalikeTokenTransferAndCall_reverts() public {
        TripToken fake = new TripToken(address(this)); // same code, same name, worthless
        fake.grantRole(fake.MINTER_ROLE(), address(this));
        fake.mint(alice, PRICE);
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.UnsupportedToken.selector, address(fake)));
        vm.prank(alice);
        fake.transferAndCall(address(tickets), PRICE, abi.encode(journeyId));
        vm.assertEq(tickets.journey(journeyId).sold, 0, "no seat for fake TRIP");
    }

    function test_attack_forgedOnTransferReceivedFromContract_reverts() public {
        bytes memory forged = abi.encodeCall(
            tickets.onTransferReceived,
            (address(attacker), address(attacker), PRICE, abi.encode(journeyId))
        );
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.UnsupportedToken.selector, address(attacker)));
        attacker.execute(address(tickets), forged);
    }

    // ---------------------------------------------------------------- moving locked tickets

    function test_attack_transferCheckedInTicket_byHolder_reverts() public {
        uint256 tokenId = _checkedInTicket();
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.TicketLocked.selector, tokenId));
        vm.prank(alice);
        tickets.transferFrom(alice, bob, tokenId);
    }

    function test_attack_safeTransferCheckedInTicket_byHolder_reverts() public {
        uint256 tokenId = _checkedInTicket();
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.TicketLocked.selector, tokenId));
        vm.prank(alice);
        tickets.safeTransferFrom(alice, bob, tokenId);
    }

    function test_attack_transferCheckedInTicket_byApprovedAccount_reverts() public {
        uint256 tokenId = _checkedInTicket();
        vm.prank(alice);
        tickets.approve(bob, tokenId);
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.TicketLocked.selector, tokenId));
        vm.prank(bob);
        tickets.transferFrom(alice, bob, tokenId);
    }

    function test_attack_transferCheckedInTicket_byOperator_reverts() public {
        uint256 tokenId = _checkedInTicket();
        vm.prank(alice);
        tickets.setApprovalForAll(carol, true);
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.TicketLocked.selector, tokenId));
        vm.prank(carol);
        tickets.safeTransferFrom(alice, carol, tokenId, "");
    }

    function test_attack_transferAfterDeparture_byHolder_reverts() public {
        uint256 tokenId = _departedTicket();
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.TicketLocked.selector, tokenId));
        vm.prank(alice);
        tickets.transferFrom(alice, bob, tokenId);
    }

    function test_attack_transferAfterDeparture_byApprovedAccount_reverts() public {
        uint256 tokenId = _buy(alice, journeyId);
        vm.prank(alice);
        tickets.approve(bob, tokenId); // approved while it could still move
        vm.warp(DEPARTURE);
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.TicketLocked.selector, tokenId));
        vm.prank(bob);
        tickets.transferFrom(alice, bob, tokenId);
    }

    function test_attack_transferAfterDeparture_byOperator_reverts() public {
        uint256 tokenId = _buy(alice, journeyId);
        vm.prank(alice);
        tickets.setApprovalForAll(carol, true);
        vm.warp(DEPARTURE + 1);
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.TicketLocked.selector, tokenId));
        vm.prank(carol);
        tickets.safeTransferFrom(alice, carol, tokenId);
    }

    function test_attack_transferAfterDepartureOfCancelledJourney_reverts() public {
        uint256 tokenId = _buy(alice, journeyId);
        _cancel(journeyId);
        vm.warp(DEPARTURE);
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.TicketLocked.selector, tokenId));
        vm.prank(alice);
        tickets.transferFrom(alice, bob, tokenId);
    }

    // ---------------------------------------------------------------- money

    function test_attack_treasuryDrainsEscrowBeforeDeparture_reverts() public {
        _buy(alice, journeyId);
        vm.expectRevert(ITravelTicket.NothingToWithdraw.selector);
        vm.prank(treasury);
        tickets.withdraw(treasury);
    }

    function test_attack_closeJourneyTwiceToReleaseTwice_reverts() public {
        _buy(alice, journeyId);
        vm.warp(DEPARTURE);
        tickets.closeJourney(journeyId);
        vm.expectRevert(abi.encodeWithSelector(ITravelTicket.JourneyAlreadyClosed.selector, journeyId));
        tickets.closeJourney(journeyId);
        vm.assertEq(tickets.withdrawable(), PRICE, "released once");
    }

    function test_attack_refundSomeoneElsesTicket_reverts() public {
        uint256 tokenId = _buy(alice, journeyId);
        _cancel(journeyId);
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721InsufficientApproval.selector, bob, tokenId));
        vm.prank(bob);
        tickets.refund(tokenId);
        vm.assertEq(tickets.ownerOf(tokenId), alice, "still alice's");
    }

    function test_attack_donatedTripIsNotCountedAsProceeds() public {
        _fund(bob, PRICE);
        vm.prank(bob);
        IERC1363(address(trip)).transfer(address(tickets), PRICE);
        vm.assertEq(tickets.proceeds(), 0, "plain transfers are not sales");
        vm.assertEq(trip.balanceOf(address(tickets)), PRICE, "held");
    }

    // ---------------------------------------------------------------- helpers

    function _checkedInTicket() private returns (uint256 tokenId) {
        tokenId = _buy(alice, journeyId);
        vm.warp(BOARDING_OPENS);
        _checkIn(tokenId);
    }

    function _departedTicket() private returns (uint256 tokenId) {
        tokenId = _buy(alice, journeyId);
        vm.warp(DEPARTURE);
    }
}
