// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ISavingsVault} from "../contracts/interfaces/ISavingsVault.sol";
import {SavingsVaultFixture} from "./savings/SavingsVaultFixture.sol";

/// @dev Attacks on SavingsVault: share-price inflation, escaping a lock, and locking someone else.
contract SavingsVaultAttackTest is SavingsVaultFixture {
    address internal attacker;

    function setUp() public override {
        super.setUp();
        attacker = makeAddr("attacker");
    }

    // ------------------------------------------------------------------ first-depositor inflation

    /**
     * The classic front-run of the first deposit: the attacker deposits 1 wei, donates 10,000 TRIP to
     * inflate the share price, and the victim's 100 TRIP deposit rounds down. With the decimals offset
     * of 6 the victim still gets 19,999 share units; the attacker loses 4,999.9975 TRIP of the donation
     * to the virtual shares and the victim loses 0.00495 TRIP (under donation / 10^6 = 0.01 TRIP).
     * For comparison, offset 0 would cost the victim all 100 TRIP and offset 3 about 4.95 TRIP.
     */
    function test_attack_inflation_donating10kTripCostsAttacker5kTripAndVictimUnder0_01Trip() public {
        uint256 donation = 10_000 * ONE_TRIP;
        uint256 victimDeposit = 100 * ONE_TRIP;
        (uint256 attackerOut, uint256 victimOut, uint256 victimShares) = _inflationAttack(1, donation, victimDeposit);

        vm.assertEq(victimShares, 19_999, "victim's deposit did not round to zero");
        vm.assertGe(1 + donation - attackerOut, 4_999 * ONE_TRIP, "attacker loses about half the donation");
        vm.assertLe(victimDeposit - victimOut, donation / VIRTUAL_SHARES, "victim loses < 0.01 TRIP");
        vm.assertEq(victimDeposit - victimOut, 4_950_497_500_246_288, "victim loses 0.00495 TRIP");
    }

    /// Any first deposit, donation and victim deposit: the attack never pays, and it costs the victim
    /// at most donation / 10^6 + 2 wei (one share unit's worth at the inflated price, plus rounding).
    function testFuzz_attack_inflation_neverProfitsAndVictimLossIsBounded(
        uint256 attackerDeposit,
        uint256 donation,
        uint256 victimDeposit
    ) public {
        attackerDeposit = bound(attackerDeposit, 1, 1e6 * ONE_TRIP);
        donation = bound(donation, 0, 1e9 * ONE_TRIP);
        victimDeposit = bound(victimDeposit, 1, 1e9 * ONE_TRIP);
        (uint256 attackerOut, uint256 victimOut, ) = _inflationAttack(attackerDeposit, donation, victimDeposit);

        vm.assertLe(attackerOut, attackerDeposit + donation, "attacker profit must be <= 0");
        vm.assertLe(victimOut, victimDeposit, "victim cannot gain either");
        vm.assertLe(victimDeposit - victimOut, donation / VIRTUAL_SHARES + 2, "victim loss bounded");
    }

    // ------------------------------------------------------------------ escaping a lock

    function test_attack_lockBypassViaTransfer_reverts() public {
        uint64 time = _unlockAt();
        uint256 shares = _depositWithLock(alice, 10 * ONE_TRIP, time);
        // Alice moves her shares to a fresh address of hers, which has no lock, to redeem from there.
        vm.expectRevert(abi.encodeWithSelector(ISavingsVault.SavingsLocked.selector, alice, time));
        vm.prank(alice);
        vault.transfer(attacker, shares);
        vm.assertEq(vault.balanceOf(alice), shares, "shares stay locked with alice");
    }

    function test_attack_lockBypassViaTransferFromWithAllowance_reverts() public {
        uint64 time = _unlockAt();
        uint256 shares = _depositWithLock(alice, 10 * ONE_TRIP, time);
        vm.prank(alice);
        vault.approve(attacker, shares);
        vm.expectRevert(abi.encodeWithSelector(ISavingsVault.SavingsLocked.selector, alice, time));
        vm.prank(attacker);
        vault.transferFrom(alice, attacker, shares);
        vm.assertEq(vault.balanceOf(alice), shares, "shares stay locked with alice");
        vm.assertEq(vault.allowance(alice, attacker), shares, "allowance untouched");
    }

    function test_attack_lockBypassViaThirdPartyWithdrawWithAllowance_reverts() public {
        uint64 time = _unlockAt();
        uint256 shares = _depositWithLock(alice, 10 * ONE_TRIP, time);
        vm.prank(alice);
        vault.approve(attacker, type(uint256).max);
        bytes memory locked = abi.encodeWithSelector(ISavingsVault.SavingsLocked.selector, alice, time);

        vm.startPrank(attacker);
        vm.expectRevert(locked);
        vault.withdraw(10 * ONE_TRIP, attacker, alice);
        vm.expectRevert(locked);
        vault.redeem(shares, attacker, alice);
        vm.stopPrank();
        vm.assertEq(trip.balanceOf(attacker), 0, "nothing left the vault");
        vm.assertEq(vault.totalAssets(), 10 * ONE_TRIP, "savings intact");
    }

    // ------------------------------------------------------------------ locking someone else

    function test_attack_lockGriefingViaDepositFor_neverLocksReceiver() public {
        uint256 aliceShares = _deposit(alice, 10 * ONE_TRIP);
        // The attacker locks itself far out, then gives alice shares every way it can.
        _depositWithLock(attacker, 3 * ONE_TRIP, type(uint64).max);
        _fund(attacker, 2 * ONE_TRIP);
        vm.startPrank(attacker);
        vault.deposit(ONE_TRIP, alice);
        vault.mint(ONE_TRIP * VIRTUAL_SHARES, alice);
        vm.stopPrank();

        vm.assertEq(uint256(vault.unlockTime(alice)), 0, "alice never locked");
        uint256 total = vault.balanceOf(alice);
        vm.assertEq(total, aliceShares + 2 * ONE_TRIP * VIRTUAL_SHARES, "gifts arrived");
        vm.prank(alice);
        vault.redeem(total, alice, alice);
        vm.assertEq(trip.balanceOf(alice), 12 * ONE_TRIP, "alice leaves whenever she wants");
    }

    function test_attack_lockGriefingViaDepositFor_neverExtendsReceiversLock() public {
        uint64 time = _unlockAt();
        _depositWithLock(alice, 10 * ONE_TRIP, time);
        _fund(attacker, ONE_TRIP);
        vm.prank(attacker);
        vault.deposit(ONE_TRIP, alice);
        vm.assertEq(uint256(vault.unlockTime(alice)), time, "lock not extended");
        vm.warp(time);
        uint256 total = vault.balanceOf(alice);
        vm.prank(alice);
        vault.redeem(total, alice, alice);
        vm.assertEq(trip.balanceOf(alice), 11 * ONE_TRIP, "all out at the original time");
    }

    function test_attack_lockGriefingViaTransferFromAndCall_neverLocksOwner() public {
        // Alice approved the attacker for some TRIP (say, to pay her bills); it tries to lock her with it.
        trip.mint(alice, 10 * ONE_TRIP);
        vm.prank(alice);
        trip.approve(attacker, 10 * ONE_TRIP);
        vm.prank(attacker);
        trip.transferFromAndCall(alice, address(vault), 10 * ONE_TRIP, _lockData(type(uint64).max));

        vm.assertEq(uint256(vault.unlockTime(alice)), 0, "alice not locked");
        uint256 shares = vault.balanceOf(alice);
        vm.prank(alice);
        vault.redeem(shares, alice, alice);
        vm.assertEq(trip.balanceOf(alice), 10 * ONE_TRIP, "alice takes it all back at once");
    }

    function test_attack_lockGriefingViaShareTransfer_neverLocksReceiver() public {
        uint256 gift = _deposit(attacker, 2 * ONE_TRIP);
        vm.prank(attacker);
        vault.transfer(alice, gift / 2);
        vm.assertEq(uint256(vault.unlockTime(alice)), 0, "receiving shares does not lock");

        // Once the attacker locks itself, its shares (and its lock) go nowhere.
        vm.prank(attacker);
        vault.setUnlockTime(type(uint64).max);
        vm.expectRevert(abi.encodeWithSelector(ISavingsVault.SavingsLocked.selector, attacker, type(uint64).max));
        vm.prank(attacker);
        vault.transfer(alice, gift / 2);

        vm.prank(alice);
        vault.redeem(gift / 2, alice, alice);
        vm.assertEq(trip.balanceOf(alice), ONE_TRIP, "alice redeems the gift at once");
    }

    // ------------------------------------------------------------------ helpers

    /// @dev Attacker deposits first and donates; the victim deposits; both redeem (attacker first).
    function _inflationAttack(
        uint256 attackerDeposit,
        uint256 donation,
        uint256 victimDeposit
    ) internal returns (uint256 attackerOut, uint256 victimOut, uint256 victimShares) {
        uint256 attackerShares = _deposit(attacker, attackerDeposit);
        trip.mint(attacker, donation);
        vm.prank(attacker);
        trip.transfer(address(vault), donation);
        victimShares = _deposit(alice, victimDeposit);

        vm.prank(attacker);
        attackerOut = vault.redeem(attackerShares, attacker, attacker);
        if (victimShares > 0) {
            vm.prank(alice);
            victimOut = vault.redeem(victimShares, alice, alice);
        }
    }
}
