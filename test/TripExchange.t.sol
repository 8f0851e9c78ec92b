// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC1363Receiver} from "@openzeppelin/contracts/interfaces/IERC1363Receiver.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {TripExchange} from "../contracts/TripExchange.sol";
import {ITripExchange} from "../contracts/interfaces/ITripExchange.sol";
import {ITripToken} from "../contracts/interfaces/ITripToken.sol";
import {ERC1363ReceiverMock} from "./mocks/ERC1363ReceiverMock.sol";
import {ForceEth} from "./mocks/ForceEth.sol";
import {MaliciousSeller} from "./mocks/MaliciousSeller.sol";
import {TripFixture} from "./utils/TripFixture.sol";

/// @dev The exchange desk: buying, the three ways of selling, backing, and attacks on the payout.
contract TripExchangeTest is TripFixture {
    /// @dev Enough ETH that a fuzzed buy of any realistic size fits.
    uint256 internal constant MAX_ETH = 1e27;

    function _approveAndSell(address seller, uint256 amount) internal returns (uint256 ethOut) {
        vm.startPrank(seller);
        token.approve(address(desk), amount);
        ethOut = desk.sell(amount);
        vm.stopPrank();
    }

    function _assertBacked() internal view {
        vm.assertEq(desk.outstanding(), token.totalSupply(), "outstanding == total supply");
        vm.assertGe(address(desk).balance, desk.outstanding() / RATE, "desk ETH >= outstanding / rate");
    }

    // --- construction ----------------------------------------------------------------------------

    function test_constructor_setsTokenAndRate() public view {
        vm.assertEq(desk.token(), address(token), "token");
        vm.assertEq(desk.rate(), RATE, "rate");
        vm.assertEq(desk.outstanding(), 0, "nothing outstanding");
    }

    function test_constructor_revertsForZeroRate() public {
        vm.expectRevert(ITripExchange.InvalidRate.selector);
        new TripExchange(token, 0);
    }

    // --- buy -------------------------------------------------------------------------------------

    function test_buy_mintsRateTimesEth() public {
        vm.deal(alice, 2 ether);
        vm.expectEmit(address(desk));
        emit ITripExchange.Bought(alice, 2 ether, 2000 ether);
        vm.expectEmit(address(token));
        emit IERC20.Transfer(address(0), alice, 2000 ether);
        vm.prank(alice);
        uint256 tripOut = desk.buy{value: 2 ether}();
        vm.assertEq(tripOut, 2000 ether, "returned TRIP");
        vm.assertEq(token.balanceOf(alice), 2000 ether, "alice's TRIP");
        vm.assertEq(address(desk).balance, 2 ether, "desk holds the ETH");
        vm.assertEq(desk.outstanding(), 2000 ether, "outstanding");
        _assertBacked();
    }

    function test_buy_oneWeiBuysRateBaseUnits() public {
        vm.assertEq(_buyTrip(alice, 1), RATE, "1 wei -> rate base units");
    }

    function test_buy_revertsForZeroEth() public {
        vm.prank(alice);
        vm.expectRevert(ITripExchange.ZeroAmount.selector);
        desk.buy();
    }

    function testFuzz_buy_mintsExactlyAndStaysBacked(uint256 ethIn) public {
        ethIn = bound(ethIn, 1, MAX_ETH);
        uint256 tripOut = _buyTrip(alice, ethIn);
        vm.assertEq(tripOut, ethIn * RATE, "minted ethIn * rate");
        vm.assertEq(address(desk).balance * RATE, desk.outstanding(), "exactly backed");
        _assertBacked();
    }

    // --- sell (allowance) ------------------------------------------------------------------------

    function test_sell_burnsTripAndPaysEth() public {
        _buyTrip(alice, 3 ether);
        uint256 ethBefore = alice.balance;
        vm.startPrank(alice);
        token.approve(address(desk), 1000 ether);
        vm.expectEmit(address(desk));
        emit ITripExchange.Sold(alice, 1000 ether, 1 ether);
        vm.expectEmit(address(token));
        emit IERC20.Transfer(address(desk), address(0), 1000 ether);
        uint256 ethOut = desk.sell(1000 ether);
        vm.stopPrank();
        vm.assertEq(ethOut, 1 ether, "returned ETH");
        vm.assertEq(alice.balance, ethBefore + 1 ether, "alice paid");
        vm.assertEq(token.balanceOf(alice), 2000 ether, "alice's TRIP");
        vm.assertEq(token.balanceOf(address(desk)), 0, "the desk keeps no TRIP");
        vm.assertEq(desk.outstanding(), 2000 ether, "outstanding");
        _assertBacked();
    }

    function test_sell_revertsForZeroAmount() public {
        vm.prank(alice);
        vm.expectRevert(ITripExchange.ZeroAmount.selector);
        desk.sell(0);
    }

    function test_sell_revertsForAmountBelowOneWei() public {
        _buyTrip(alice, 1);
        vm.startPrank(alice);
        token.approve(address(desk), RATE - 1);
        vm.expectRevert(abi.encodeWithSelector(ITripExchange.AmountNotMultipleOfRate.selector, RATE - 1, RATE));
        desk.sell(RATE - 1);
        vm.stopPrank();
    }

    function test_sell_revertsForAmountNotMultipleOfRate() public {
        _buyTrip(alice, 2);
        vm.startPrank(alice);
        token.approve(address(desk), RATE + 1);
        vm.expectRevert(abi.encodeWithSelector(ITripExchange.AmountNotMultipleOfRate.selector, RATE + 1, RATE));
        desk.sell(RATE + 1);
        vm.stopPrank();
    }

    function test_sell_revertsWithoutAllowance() public {
        _buyTrip(alice, 1);
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(desk), 0, RATE)
        );
        desk.sell(RATE);
    }

    function test_sell_revertsBeyondBalance() public {
        _buyTrip(alice, 1);
        vm.startPrank(alice);
        token.approve(address(desk), 2 * RATE);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, RATE, 2 * RATE));
        desk.sell(2 * RATE);
        vm.stopPrank();
    }

    function testFuzz_sell_roundTripsExactly(uint256 ethIn, uint256 ethBack) public {
        ethIn = bound(ethIn, 1, MAX_ETH);
        ethBack = bound(ethBack, 1, ethIn);
        _buyTrip(alice, ethIn);
        uint256 ethBefore = alice.balance;
        uint256 ethOut = _approveAndSell(alice, ethBack * RATE);
        vm.assertEq(ethOut, ethBack, "paid amount / rate");
        vm.assertEq(alice.balance, ethBefore + ethBack, "no rounding leak to the seller");
        vm.assertEq(token.balanceOf(alice), (ethIn - ethBack) * RATE, "no rounding leak to the desk");
        vm.assertEq(address(desk).balance, ethIn - ethBack, "desk keeps exactly the rest");
        _assertBacked();
    }

    function testFuzz_sell_revertsUnlessMultipleOfRate(uint256 amount) public {
        _buyTrip(alice, 10);
        amount = bound(amount, 1, 10 * RATE);
        vm.startPrank(alice);
        token.approve(address(desk), amount);
        if (amount % RATE != 0) {
            vm.expectRevert(abi.encodeWithSelector(ITripExchange.AmountNotMultipleOfRate.selector, amount, RATE));
        }
        desk.sell(amount);
        vm.stopPrank();
        uint256 sold = amount % RATE == 0 ? amount : 0;
        vm.assertEq(token.balanceOf(alice), 10 * RATE - sold, "only multiples of the rate are taken");
        _assertBacked();
    }

    // --- sellWithPermit --------------------------------------------------------------------------

    function test_sellWithPermit_sellsInOneTransaction() public {
        _buyTrip(alice, 1 ether);
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(aliceKey, address(desk), 500 ether, deadline);
        uint256 ethBefore = alice.balance;
        vm.expectEmit(address(desk));
        emit ITripExchange.Sold(alice, 500 ether, 0.5 ether);
        vm.prank(alice);
        uint256 ethOut = desk.sellWithPermit(500 ether, deadline, v, r, s);
        vm.assertEq(ethOut, 0.5 ether, "returned ETH");
        vm.assertEq(alice.balance, ethBefore + 0.5 ether, "alice paid");
        vm.assertEq(token.nonces(alice), 1, "permit used");
        _assertBacked();
    }

    function test_sellWithPermit_stillSellsWhenPermitWasFrontRun() public {
        _buyTrip(alice, 1 ether);
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(aliceKey, address(desk), 500 ether, deadline);
        vm.prank(bob); // someone copies the permit from the mempool and submits it first
        token.permit(alice, address(desk), 500 ether, deadline, v, r, s);
        vm.prank(alice);
        vm.assertEq(desk.sellWithPermit(500 ether, deadline, v, r, s), 0.5 ether, "sold anyway");
    }

    function test_sellWithPermit_revertsWithBadPermitAndNoAllowance() public {
        _buyTrip(alice, 1 ether);
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(bobKey, address(desk), 500 ether, deadline);
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(desk), 0, 500 ether)
        );
        desk.sellWithPermit(500 ether, deadline, v, r, s);
    }

    function test_sellWithPermit_revertsWithExpiredPermit() public {
        _buyTrip(alice, 1 ether);
        uint256 deadline = block.timestamp;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(aliceKey, address(desk), 500 ether, deadline);
        vm.warp(deadline + 1);
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(desk), 0, 500 ether)
        );
        desk.sellWithPermit(500 ether, deadline, v, r, s);
        vm.assertEq(token.nonces(alice), 0, "the expired permit was not used");
    }

    function test_sellWithPermit_revertsForAmountNotMultipleOfRate() public {
        _buyTrip(alice, 1 ether);
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(aliceKey, address(desk), RATE + 7, deadline);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ITripExchange.AmountNotMultipleOfRate.selector, RATE + 7, RATE));
        desk.sellWithPermit(RATE + 7, deadline, v, r, s);
    }

    // --- sell by transferAndCall (ERC-1363) ------------------------------------------------------

    function test_transferAndCall_sellsWithoutApproval() public {
        _buyTrip(alice, 1 ether);
        uint256 ethBefore = alice.balance;
        vm.expectEmit(address(desk));
        emit ITripExchange.Sold(alice, 250 ether, 0.25 ether);
        vm.prank(alice);
        token.transferAndCall(address(desk), 250 ether);
        vm.assertEq(alice.balance, ethBefore + 0.25 ether, "alice paid");
        vm.assertEq(token.balanceOf(alice), 750 ether, "alice's TRIP");
        vm.assertEq(token.balanceOf(address(desk)), 0, "burned");
        _assertBacked();
    }

    function test_transferFromAndCall_paysTheOwnerNotTheOperator() public {
        _buyTrip(alice, 1 ether);
        vm.prank(alice);
        token.approve(bob, 100 ether);
        uint256 aliceEth = alice.balance;
        uint256 bobEth = bob.balance;
        vm.expectEmit(address(desk));
        emit ITripExchange.Sold(alice, 100 ether, 0.1 ether);
        vm.prank(bob);
        token.transferFromAndCall(alice, address(desk), 100 ether);
        vm.assertEq(alice.balance, aliceEth + 0.1 ether, "the TRIP's owner gets the ETH");
        vm.assertEq(bob.balance, bobEth, "the operator gets nothing");
    }

    function test_transferAndCall_revertsForZeroAmount() public {
        vm.prank(alice);
        vm.expectRevert(ITripExchange.ZeroAmount.selector);
        token.transferAndCall(address(desk), 0);
    }

    function test_transferAndCall_revertsForAmountNotMultipleOfRate() public {
        _buyTrip(alice, 1);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ITripExchange.AmountNotMultipleOfRate.selector, RATE - 1, RATE));
        token.transferAndCall(address(desk), RATE - 1);
        vm.assertEq(token.balanceOf(alice), RATE, "the transfer was undone");
    }

    function test_onTransferReceived_returnsSelector() public {
        // The token checks this answer; the desk gives it only after settling the sale.
        _buyTrip(alice, 1);
        vm.prank(alice);
        token.transfer(address(desk), RATE); // as if the token had just moved it in
        vm.prank(address(token));
        bytes4 answer = desk.onTransferReceived(alice, alice, RATE, "");
        vm.assertEq(answer, IERC1363Receiver.onTransferReceived.selector, "ERC-1363 acceptance");
    }

    function test_attack_onTransferReceivedFromOtherCaller_reverts() public {
        _buyTrip(alice, 1 ether);
        vm.prank(alice);
        token.transfer(address(desk), 1 ether); // stray TRIP an attacker would like to cash in
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(ITripExchange.UnsupportedToken.selector, bob));
        desk.onTransferReceived(bob, bob, 1 ether, "");
    }

    function test_attack_otherErc1363TokenCannotSell() public {
        // A look-alike token calling the hook is refused before anything is paid.
        ERC1363ReceiverMock impostor = new ERC1363ReceiverMock();
        vm.prank(address(impostor));
        vm.expectRevert(abi.encodeWithSelector(ITripExchange.UnsupportedToken.selector, address(impostor)));
        desk.onTransferReceived(alice, alice, RATE, "");
    }

    // --- plain and forced ETH --------------------------------------------------------------------

    function test_receive_refusesPlainEth() public {
        vm.deal(alice, 1 ether);
        vm.prank(alice);
        (bool accepted, ) = address(desk).call{value: 1 ether}("");
        vm.assertFalse(accepted, "plain ETH refused");
        vm.prank(alice);
        (accepted, ) = address(desk).call{value: 1 ether}(hex"deadbeef");
        vm.assertFalse(accepted, "unknown calls refused");
        vm.assertEq(address(desk).balance, 0, "the desk holds nothing");
    }

    function test_forcedEth_overBacksAndChangesNoPrice() public {
        _buyTrip(alice, 1 ether);
        vm.deal(address(this), 5 ether);
        ForceEth.send(address(desk), 5 ether);
        vm.assertEq(address(desk).balance, 6 ether, "the forced ETH arrived");
        vm.assertEq(desk.outstanding(), 1000 ether, "outstanding unchanged");
        _assertBacked();
        vm.assertEq(_approveAndSell(alice, 1000 ether), 1 ether, "sells still pay amount / rate");
        vm.assertEq(address(desk).balance, 5 ether, "the forced ETH stays");
        _assertBacked();
    }

    // --- failing receiver and reentrancy through the payout --------------------------------------

    function _maliciousSeller(MaliciousSeller.Attack attack) internal returns (MaliciousSeller seller) {
        seller = new MaliciousSeller(desk);
        vm.deal(address(this), 2);
        seller.buy{value: 2}(); // 2 * RATE TRIP: one lot to sell, one to re-enter with
        seller.setAttack(attack);
    }

    function _expectFailedPayout(MaliciousSeller seller) internal {
        vm.expectRevert(abi.encodeWithSelector(ITripExchange.EthTransferFailed.selector, address(seller), 1));
    }

    function _assertNothingSold(MaliciousSeller seller) internal view {
        vm.assertEq(token.balanceOf(address(seller)), 2 * RATE, "the seller keeps its TRIP");
        vm.assertEq(address(seller).balance, 0, "and got no ETH");
        vm.assertEq(address(desk).balance, 2, "the desk keeps the ETH");
        _assertBacked();
    }

    function test_sell_revertsWhenSellerRefusesEth() public {
        MaliciousSeller seller = _maliciousSeller(MaliciousSeller.Attack.RefuseEth);
        _expectFailedPayout(seller);
        seller.sell(RATE);
        _assertNothingSold(seller);
    }

    function test_transferAndCall_revertsWhenSellerRefusesEth() public {
        MaliciousSeller seller = _maliciousSeller(MaliciousSeller.Attack.RefuseEth);
        _expectFailedPayout(seller);
        seller.sellByTransferAndCall(RATE);
        _assertNothingSold(seller);
    }

    function test_sell_paysContractSellerThatAcceptsEth() public {
        MaliciousSeller seller = _maliciousSeller(MaliciousSeller.Attack.None);
        seller.sell(RATE);
        vm.assertEq(address(seller).balance, 1, "paid");
        _assertBacked();
    }

    function test_attack_reenterBuyFromPayout_reverts() public {
        MaliciousSeller seller = _maliciousSeller(MaliciousSeller.Attack.ReenterBuy);
        _expectFailedPayout(seller);
        seller.sell(RATE);
        _assertNothingSold(seller);
    }

    function test_attack_reenterSellFromPayout_reverts() public {
        MaliciousSeller seller = _maliciousSeller(MaliciousSeller.Attack.ReenterSell);
        _expectFailedPayout(seller);
        seller.sell(RATE);
        _assertNothingSold(seller);
    }

    function test_attack_reenterThroughErc1363HookFromPayout_reverts() public {
        MaliciousSeller seller = _maliciousSeller(MaliciousSeller.Attack.ReenterSellByTransferAndCall);
        _expectFailedPayout(seller);
        seller.sellByTransferAndCall(RATE);
        _assertNothingSold(seller);
    }

    function test_attack_reenterAndSwallowRevert_sellsOnlyOnce() public {
        MaliciousSeller seller = _maliciousSeller(MaliciousSeller.Attack.ReenterSellAndSwallowRevert);
        seller.sellByTransferAndCall(RATE);
        vm.assertTrue(seller.reentryRefused(), "the desk refused the re-entrant sale");
        vm.assertEq(address(seller).balance, 1, "paid for one lot");
        vm.assertEq(token.balanceOf(address(seller)), RATE, "one lot left");
        vm.assertEq(address(desk).balance, 1, "the desk keeps the rest");
        _assertBacked();
    }

    // --- the token's side of the bargain ---------------------------------------------------------

    function test_buy_revertsIfDeskIsNotMinter() public {
        TripExchange rogue = new TripExchange(ITripToken(address(token)), RATE);
        vm.deal(alice, 1);
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                address(rogue),
                token.MINTER_ROLE()
            )
        );
        rogue.buy{value: 1}();
    }
}
