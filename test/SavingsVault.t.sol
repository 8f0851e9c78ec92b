// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {ISavingsVault} from "../contracts/interfaces/ISavingsVault.sol";
import {Vm} from "./utils/Vm.sol";
import {SavingsVaultFixture} from "./savings/SavingsVaultFixture.sol";

/// @dev Unit tests: every function of SavingsVault and every revert path, with exact errors.
contract SavingsVaultTest is SavingsVaultFixture {
    // ------------------------------------------------------------------ metadata and conversions

    function test_constructor_setsMetadataAndAsset() public view {
        vm.assertEq(vault.name(), "Wayfare Savings TRIP", "name");
        vm.assertEq(vault.symbol(), "svTRIP", "symbol");
        vm.assertEq(vault.asset(), address(trip), "asset");
        vm.assertEq(uint256(vault.decimals()), 24, "18 TRIP decimals + offset 6");
        vm.assertEq(vault.totalAssets(), 0, "empty");
        vm.assertEq(vault.MAX_GOAL_LABEL_LENGTH(), 64, "label bound");
    }

    function test_convertToShares_startsAtOneSvTripPerTrip() public view {
        vm.assertEq(vault.convertToShares(ONE_TRIP), 10 ** vault.decimals(), "1 TRIP -> 1 svTRIP");
        vm.assertEq(vault.convertToAssets(10 ** vault.decimals()), ONE_TRIP, "1 svTRIP -> 1 TRIP");
    }

    function test_maxDepositAndMaxMint_areUnlimitedEvenWhileLocked() public {
        _depositWithLock(alice, ONE_TRIP, _unlockAt());
        vm.assertEq(vault.maxDeposit(alice), type(uint256).max, "maxDeposit");
        vm.assertEq(vault.maxMint(alice), type(uint256).max, "maxMint");
    }

    // ------------------------------------------------------------------ setUnlockTime / unlockTime

    function test_unlockTime_isZeroForNewOwner() public view {
        vm.assertEq(uint256(vault.unlockTime(alice)), 0, "never locked");
    }

    function test_setUnlockTime_setsCallersLockAndEmits() public {
        uint64 time = _unlockAt();
        vm.expectEmit(address(vault));
        emit ISavingsVault.UnlockTimeSet(alice, time);
        vm.prank(alice);
        vault.setUnlockTime(time);
        vm.assertEq(uint256(vault.unlockTime(alice)), time, "alice locked");
        vm.assertEq(uint256(vault.unlockTime(bob)), 0, "bob untouched");
    }

    function test_setUnlockTime_movesLockLater() public {
        uint64 time = _unlockAt();
        vm.startPrank(alice);
        vault.setUnlockTime(time);
        vault.setUnlockTime(time + 1);
        vm.stopPrank();
        vm.assertEq(uint256(vault.unlockTime(alice)), time + 1, "later");
    }

    function test_setUnlockTime_sameTimeChangesNothingAndEmitsNothing() public {
        uint64 time = _unlockAt();
        vm.startPrank(alice);
        vault.setUnlockTime(time);
        vm.recordLogs();
        vault.setUnlockTime(time);
        vm.stopPrank();
        vm.assertEq(vm.getRecordedLogs().length, 0, "no event");
        vm.assertEq(uint256(vault.unlockTime(alice)), time, "unchanged");
    }

    function test_setUnlockTime_revertsWhenEarlier() public {
        uint64 time = _unlockAt();
        vm.startPrank(alice);
        vault.setUnlockTime(time);
        vm.expectRevert(abi.encodeWithSelector(ISavingsVault.UnlockTimeTooEarly.selector, alice, time - 1, time));
        vault.setUnlockTime(time - 1);
        vm.stopPrank();
    }

    function test_setUnlockTime_revertsWhenEarlierEvenAfterExpiry() public {
        uint64 time = _unlockAt();
        vm.prank(alice);
        vault.setUnlockTime(time);
        vm.warp(time + 1 days);
        vm.expectRevert(abi.encodeWithSelector(ISavingsVault.UnlockTimeTooEarly.selector, alice, 0, time));
        vm.prank(alice);
        vault.setUnlockTime(0);
    }

    function test_setUnlockTime_keepsGoal() public {
        vm.startPrank(alice);
        vault.setGoal("Lisbon", 500 * ONE_TRIP);
        vault.setUnlockTime(_unlockAt());
        vm.stopPrank();
        (string memory label, uint256 target) = vault.goal(alice);
        vm.assertEq(label, "Lisbon", "label kept");
        vm.assertEq(target, 500 * ONE_TRIP, "target kept");
    }

    // ------------------------------------------------------------------ depositWithLock

    function test_depositWithLock_depositsForCallerAndLocks() public {
        uint64 time = _unlockAt();
        uint256 assets = 100 * ONE_TRIP;
        _fund(alice, assets);
        uint256 expectedShares = vault.previewDeposit(assets);

        vm.expectEmit(address(vault));
        emit ISavingsVault.UnlockTimeSet(alice, time);
        vm.expectEmit(address(vault));
        emit IERC4626.Deposit(alice, alice, assets, expectedShares);
        vm.prank(alice);
        uint256 shares = vault.depositWithLock(assets, time);

        vm.assertEq(shares, expectedShares, "returned shares");
        vm.assertEq(vault.balanceOf(alice), shares, "alice's shares");
        vm.assertEq(trip.balanceOf(address(vault)), assets, "TRIP in the vault");
        vm.assertEq(uint256(vault.unlockTime(alice)), time, "locked");
    }

    function test_depositWithLock_sameTimeDepositsWithoutLockEvent() public {
        uint64 time = _unlockAt();
        _depositWithLock(alice, ONE_TRIP, time);
        _fund(alice, ONE_TRIP);
        vm.recordLogs();
        vm.prank(alice);
        vault.depositWithLock(ONE_TRIP, time);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i = 0; i < logs.length; ++i) {
            vm.assertTrue(logs[i].topics[0] != ISavingsVault.UnlockTimeSet.selector, "no UnlockTimeSet");
        }
        vm.assertEq(vault.balanceOf(alice), 2 * ONE_TRIP * VIRTUAL_SHARES, "both deposits");
    }

    function test_depositWithLock_extendsLock() public {
        uint64 time = _unlockAt();
        _depositWithLock(alice, ONE_TRIP, time);
        _depositWithLock(alice, ONE_TRIP, time + 7 days);
        vm.assertEq(uint256(vault.unlockTime(alice)), time + 7 days, "extended");
    }

    function test_depositWithLock_revertsWhenEarlier() public {
        uint64 time = _unlockAt();
        _depositWithLock(alice, ONE_TRIP, time);
        _fund(alice, ONE_TRIP);
        vm.expectRevert(abi.encodeWithSelector(ISavingsVault.UnlockTimeTooEarly.selector, alice, time - 1, time));
        vm.prank(alice);
        vault.depositWithLock(ONE_TRIP, time - 1);
    }

    function test_depositWithLock_revertsWithoutAllowanceAndKeepsNoLock() public {
        trip.mint(alice, ONE_TRIP);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(vault), 0, ONE_TRIP)
        );
        vm.prank(alice);
        vault.depositWithLock(ONE_TRIP, _unlockAt());
        vm.assertEq(uint256(vault.unlockTime(alice)), 0, "lock rolled back");
    }

    // ------------------------------------------------------------------ deposit / mint

    function test_deposit_mintsSharesAndLeavesLockAlone() public {
        uint256 shares = _deposit(alice, 5 * ONE_TRIP);
        vm.assertEq(shares, 5 * ONE_TRIP * VIRTUAL_SHARES, "initial price");
        vm.assertEq(uint256(vault.unlockTime(alice)), 0, "no lock");
    }

    function test_deposit_forLockedReceiverKeepsTheirLock() public {
        uint64 time = _unlockAt();
        _depositWithLock(alice, ONE_TRIP, time);
        _fund(bob, ONE_TRIP);
        vm.prank(bob);
        vault.deposit(ONE_TRIP, alice);
        vm.assertEq(uint256(vault.unlockTime(alice)), time, "lock unchanged");
        vm.assertEq(vault.balanceOf(alice), 2 * ONE_TRIP * VIRTUAL_SHARES, "gift added");
    }

    function test_mint_pullsPreviewedAssets() public {
        _deposit(bob, 10 * ONE_TRIP);
        _reward(ONE_TRIP);
        uint256 shares = 3 * ONE_TRIP * VIRTUAL_SHARES;
        uint256 expectedAssets = vault.previewMint(shares);
        _fund(alice, expectedAssets);
        vm.prank(alice);
        uint256 assets = vault.mint(shares, alice);
        vm.assertEq(assets, expectedAssets, "assets pulled");
        vm.assertEq(vault.balanceOf(alice), shares, "shares minted");
        vm.assertEq(trip.balanceOf(alice), 0, "all pulled");
    }

    // ------------------------------------------------------------------ withdraw / redeem

    function test_withdraw_revertsWhileLocked() public {
        uint64 time = _unlockAt();
        _depositWithLock(alice, 10 * ONE_TRIP, time);
        vm.expectRevert(abi.encodeWithSelector(ISavingsVault.SavingsLocked.selector, alice, time));
        vm.prank(alice);
        vault.withdraw(ONE_TRIP, alice, alice);
    }

    function test_withdraw_revertsWhileLockedForZeroAssets() public {
        uint64 time = _unlockAt();
        _depositWithLock(alice, 10 * ONE_TRIP, time);
        vm.expectRevert(abi.encodeWithSelector(ISavingsVault.SavingsLocked.selector, alice, time));
        vm.prank(alice);
        vault.withdraw(0, alice, alice);
    }

    function test_withdraw_revertsWhileLockedBeforeMaxCheck() public {
        uint64 time = _unlockAt();
        _depositWithLock(alice, 10 * ONE_TRIP, time);
        // More than alice owns: the lock, not ERC4626ExceededMaxWithdraw, is the error.
        vm.expectRevert(abi.encodeWithSelector(ISavingsVault.SavingsLocked.selector, alice, time));
        vm.prank(alice);
        vault.withdraw(1_000 * ONE_TRIP, alice, alice);
    }

    function test_withdraw_revertsWhileLockedToOtherReceiver() public {
        uint64 time = _unlockAt();
        _depositWithLock(alice, 10 * ONE_TRIP, time);
        vm.expectRevert(abi.encodeWithSelector(ISavingsVault.SavingsLocked.selector, alice, time));
        vm.prank(alice);
        vault.withdraw(ONE_TRIP, bob, alice);
    }

    function test_withdraw_paysAfterUnlock() public {
        uint64 time = _unlockAt();
        _depositWithLock(alice, 10 * ONE_TRIP, time);
        vm.warp(time);
        uint256 expectedShares = vault.previewWithdraw(4 * ONE_TRIP);
        vm.expectEmit(address(vault));
        emit IERC4626.Withdraw(alice, bob, alice, 4 * ONE_TRIP, expectedShares);
        vm.prank(alice);
        uint256 shares = vault.withdraw(4 * ONE_TRIP, bob, alice);
        vm.assertEq(shares, expectedShares, "shares burned");
        vm.assertEq(trip.balanceOf(bob), 4 * ONE_TRIP, "receiver paid");
        vm.assertEq(vault.balanceOf(alice), 6 * ONE_TRIP * VIRTUAL_SHARES, "rest stays");
    }

    function test_withdraw_revertsAboveMaxWhenUnlocked() public {
        _deposit(alice, 10 * ONE_TRIP);
        uint256 max = vault.maxWithdraw(alice);
        vm.expectRevert(abi.encodeWithSelector(ERC4626.ERC4626ExceededMaxWithdraw.selector, alice, max + 1, max));
        vm.prank(alice);
        vault.withdraw(max + 1, alice, alice);
    }

    function test_withdraw_byThirdPartySpendsShareAllowance() public {
        _deposit(alice, 10 * ONE_TRIP);
        uint256 shares = vault.previewWithdraw(ONE_TRIP);
        vm.prank(alice);
        vault.approve(bob, shares);
        vm.prank(bob);
        vault.withdraw(ONE_TRIP, bob, alice);
        vm.assertEq(vault.allowance(alice, bob), 0, "allowance spent");
        vm.assertEq(trip.balanceOf(bob), ONE_TRIP, "bob paid");
    }

    function test_redeem_revertsWhileLocked() public {
        uint64 time = _unlockAt();
        uint256 shares = _depositWithLock(alice, 10 * ONE_TRIP, time);
        vm.expectRevert(abi.encodeWithSelector(ISavingsVault.SavingsLocked.selector, alice, time));
        vm.prank(alice);
        vault.redeem(shares, alice, alice);
    }

    function test_redeem_revertsWhileLockedForZeroShares() public {
        uint64 time = _unlockAt();
        _depositWithLock(alice, 10 * ONE_TRIP, time);
        vm.expectRevert(abi.encodeWithSelector(ISavingsVault.SavingsLocked.selector, alice, time));
        vm.prank(alice);
        vault.redeem(0, alice, alice);
    }

    function test_redeem_paysYieldAfterUnlock() public {
        uint64 time = _unlockAt();
        uint256 shares = _depositWithLock(alice, 100 * ONE_TRIP, time);
        _reward(10 * ONE_TRIP);
        vm.warp(time + 1);
        uint256 expectedAssets = vault.previewRedeem(shares);
        vm.prank(alice);
        uint256 assets = vault.redeem(shares, alice, alice);
        vm.assertEq(assets, expectedAssets, "previewed");
        // All but what the one virtual wei of TRIP claims, rounded down.
        vm.assertApproxEqAbs(assets, 110 * ONE_TRIP, 1, "deposit plus reward");
        vm.assertLe(assets, 110 * ONE_TRIP, "never more than the vault holds");
        vm.assertEq(trip.balanceOf(alice), assets, "paid");
        vm.assertEq(vault.totalSupply(), 0, "all redeemed");
    }

    function test_redeem_revertsAboveMaxWhenUnlocked() public {
        uint256 shares = _deposit(alice, 10 * ONE_TRIP);
        vm.expectRevert(abi.encodeWithSelector(ERC4626.ERC4626ExceededMaxRedeem.selector, alice, shares + 1, shares));
        vm.prank(alice);
        vault.redeem(shares + 1, alice, alice);
    }

    // ------------------------------------------------------------------ max* and preview* around the lock

    function test_maxWithdrawAndMaxRedeem_areZeroWhileLocked() public {
        _depositWithLock(alice, 10 * ONE_TRIP, _unlockAt());
        vm.assertEq(vault.maxWithdraw(alice), 0, "maxWithdraw");
        vm.assertEq(vault.maxRedeem(alice), 0, "maxRedeem");
    }

    function test_maxWithdrawAndMaxRedeem_coverBalanceOnceUnlocked() public {
        uint64 time = _unlockAt();
        uint256 shares = _depositWithLock(alice, 10 * ONE_TRIP, time);
        vm.warp(time);
        vm.assertEq(vault.maxRedeem(alice), shares, "maxRedeem");
        vm.assertEq(vault.maxWithdraw(alice), 10 * ONE_TRIP, "maxWithdraw");
    }

    function test_previewRedeemAndPreviewWithdraw_ignoreLock() public {
        uint256 shares = _depositWithLock(alice, 10 * ONE_TRIP, _unlockAt());
        vm.assertEq(vault.previewRedeem(shares), 10 * ONE_TRIP, "previewRedeem");
        vm.assertEq(vault.previewWithdraw(10 * ONE_TRIP), shares, "previewWithdraw");
    }

    // ------------------------------------------------------------------ share transfers

    function test_transfer_revertsWhileLocked() public {
        uint64 time = _unlockAt();
        uint256 shares = _depositWithLock(alice, ONE_TRIP, time);
        vm.expectRevert(abi.encodeWithSelector(ISavingsVault.SavingsLocked.selector, alice, time));
        vm.prank(alice);
        vault.transfer(bob, shares);
    }

    function test_transferFrom_revertsWhileLocked() public {
        uint64 time = _unlockAt();
        uint256 shares = _depositWithLock(alice, ONE_TRIP, time);
        vm.prank(alice);
        vault.approve(bob, shares);
        vm.expectRevert(abi.encodeWithSelector(ISavingsVault.SavingsLocked.selector, alice, time));
        vm.prank(bob);
        vault.transferFrom(alice, bob, shares);
    }

    function test_transfer_movesUnlockedSharesAndKeepsReceiverLock() public {
        uint64 bobTime = _unlockAt() + 1 days;
        _depositWithLock(bob, ONE_TRIP, bobTime);
        uint256 shares = _deposit(alice, ONE_TRIP);
        vm.expectEmit(address(vault));
        emit IERC20.Transfer(alice, bob, shares);
        vm.prank(alice);
        vault.transfer(bob, shares);
        vm.assertEq(vault.balanceOf(bob), 2 * shares, "received");
        vm.assertEq(uint256(vault.unlockTime(bob)), bobTime, "receiver's lock unchanged");
        vm.assertEq(uint256(vault.unlockTime(alice)), 0, "sender still unlocked");
    }

    function test_transfer_succeedsOnceLockExpires() public {
        uint64 time = _unlockAt();
        uint256 shares = _depositWithLock(alice, ONE_TRIP, time);
        vm.warp(time);
        vm.prank(alice);
        vault.transfer(bob, shares);
        vm.assertEq(vault.balanceOf(bob), shares, "moved");
    }

    // ------------------------------------------------------------------ reward and donations

    function test_reward_raisesSharePriceAndEmits() public {
        uint256 shares = _deposit(alice, 100 * ONE_TRIP);
        uint256 valueBefore = vault.convertToAssets(shares);
        _fund(sponsor, 5 * ONE_TRIP);
        vm.expectEmit(address(vault));
        emit ISavingsVault.Rewarded(sponsor, 5 * ONE_TRIP);
        vm.prank(sponsor);
        vault.reward(5 * ONE_TRIP);
        vm.assertEq(vault.totalAssets(), 105 * ONE_TRIP, "assets grew");
        vm.assertEq(vault.totalSupply(), shares, "no shares minted");
        vm.assertGt(vault.convertToAssets(shares), valueBefore, "alice's savings grew");
        vm.assertApproxEqAbs(vault.convertToAssets(shares), 105 * ONE_TRIP, 1, "almost all to alice");
    }

    function test_reward_revertsWithoutShares() public {
        _fund(sponsor, ONE_TRIP);
        vm.expectRevert(ISavingsVault.NoSharesToReward.selector);
        vm.prank(sponsor);
        vault.reward(ONE_TRIP);
    }

    function test_reward_revertsWithoutAllowance() public {
        _deposit(alice, ONE_TRIP);
        trip.mint(sponsor, ONE_TRIP);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(vault), 0, ONE_TRIP)
        );
        vm.prank(sponsor);
        vault.reward(ONE_TRIP);
    }

    function test_donation_raisesSharePrice() public {
        uint256 shares = _deposit(alice, 100 * ONE_TRIP);
        _donate(10 * ONE_TRIP);
        vm.assertEq(vault.totalAssets(), 110 * ONE_TRIP, "assets grew");
        vm.assertApproxEqAbs(vault.convertToAssets(shares), 110 * ONE_TRIP, 1, "alice's savings grew");
    }

    // ------------------------------------------------------------------ goal

    function test_goal_isEmptyByDefault() public view {
        (string memory label, uint256 target) = vault.goal(alice);
        vm.assertEq(label, "", "no label");
        vm.assertEq(target, 0, "no target");
    }

    function test_setGoal_storesGoalAndEmits() public {
        vm.expectEmit(address(vault));
        emit ISavingsVault.GoalSet(alice, "Two weeks in Lisbon", 1_500 * ONE_TRIP);
        vm.prank(alice);
        vault.setGoal("Two weeks in Lisbon", 1_500 * ONE_TRIP);
        (string memory label, uint256 target) = vault.goal(alice);
        vm.assertEq(label, "Two weeks in Lisbon", "label");
        vm.assertEq(target, 1_500 * ONE_TRIP, "target");
        (label, target) = vault.goal(bob);
        vm.assertEq(label, "", "bob has none");
    }

    function test_setGoal_replacesAndClearsGoal() public {
        vm.startPrank(alice);
        vault.setGoal("A much longer label that fills more than one storage slot", 9 * ONE_TRIP);
        vault.setGoal("Kyoto", 2 * ONE_TRIP);
        (string memory label, uint256 target) = vault.goal(alice);
        vm.assertEq(label, "Kyoto", "replaced label");
        vm.assertEq(target, 2 * ONE_TRIP, "replaced target");
        vault.setGoal("", 0);
        vm.stopPrank();
        (label, target) = vault.goal(alice);
        vm.assertEq(label, "", "cleared label");
        vm.assertEq(target, 0, "cleared target");
    }

    function test_setGoal_acceptsLabelOfMaxLength() public {
        string memory label = string(new bytes(64));
        vm.prank(alice);
        vault.setGoal(label, ONE_TRIP);
        (string memory stored, ) = vault.goal(alice);
        vm.assertEq(bytes(stored).length, 64, "stored");
    }

    function test_setGoal_revertsWhenLabelTooLong() public {
        string memory label = string(new bytes(65));
        vm.expectRevert(abi.encodeWithSelector(ISavingsVault.GoalLabelTooLong.selector, 65, 64));
        vm.prank(alice);
        vault.setGoal(label, ONE_TRIP);
    }

    function test_setGoal_revertsWhenTargetExceeds192Bits() public {
        uint256 target = uint256(type(uint192).max) + 1;
        vm.expectRevert(abi.encodeWithSelector(SafeCast.SafeCastOverflowedUintDowncast.selector, 192, target));
        vm.prank(alice);
        vault.setGoal("Moon", target);
    }

    function test_setGoal_keepsUnlockTime() public {
        uint64 time = _unlockAt();
        vm.startPrank(alice);
        vault.setUnlockTime(time);
        vault.setGoal("Lisbon", type(uint192).max);
        vm.stopPrank();
        vm.assertEq(uint256(vault.unlockTime(alice)), time, "lock kept beside a full-width target");
        (, uint256 target) = vault.goal(alice);
        vm.assertEq(target, type(uint192).max, "target intact");
    }

    // ------------------------------------------------------------------ onTransferReceived (ERC-1363)

    function test_onTransferReceived_savesAndLocksInOneTransferAndCall() public {
        uint64 time = _unlockAt();
        trip.mint(alice, 10 * ONE_TRIP);
        vm.expectEmit(address(vault));
        emit ISavingsVault.UnlockTimeSet(alice, time);
        vm.expectEmit(address(vault));
        emit IERC4626.Deposit(alice, alice, 10 * ONE_TRIP, 10 * ONE_TRIP * VIRTUAL_SHARES);
        vm.prank(alice);
        trip.transferAndCall(address(vault), 10 * ONE_TRIP, _lockData(time));
        vm.assertEq(vault.balanceOf(alice), 10 * ONE_TRIP * VIRTUAL_SHARES, "shares");
        vm.assertEq(uint256(vault.unlockTime(alice)), time, "locked");
        vm.assertEq(trip.allowance(alice, address(vault)), 0, "no approval needed");
    }

    function test_onTransferReceived_withoutDataSavesWithoutLock() public {
        trip.mint(alice, ONE_TRIP);
        vm.prank(alice);
        trip.transferAndCall(address(vault), ONE_TRIP);
        vm.assertEq(vault.balanceOf(alice), ONE_TRIP * VIRTUAL_SHARES, "shares");
        vm.assertEq(uint256(vault.unlockTime(alice)), 0, "no lock");
    }

    function test_onTransferReceived_pricesSharesOnAssetsBeforeTheTransfer() public {
        _deposit(bob, 100 * ONE_TRIP);
        _reward(37 * ONE_TRIP);
        uint256 expectedShares = vault.previewDeposit(50 * ONE_TRIP);
        trip.mint(alice, 50 * ONE_TRIP);
        vm.prank(alice);
        trip.transferAndCall(address(vault), 50 * ONE_TRIP, _lockData(_unlockAt()));
        vm.assertEq(vault.balanceOf(alice), expectedShares, "same shares as deposit()");
    }

    function test_onTransferReceived_operatorSavesForOwnerWithoutLockingThem() public {
        trip.mint(alice, 10 * ONE_TRIP);
        vm.prank(alice);
        trip.approve(bob, 10 * ONE_TRIP);
        vm.expectEmit(address(vault));
        emit IERC4626.Deposit(bob, alice, 10 * ONE_TRIP, 10 * ONE_TRIP * VIRTUAL_SHARES);
        vm.prank(bob);
        trip.transferFromAndCall(alice, address(vault), 10 * ONE_TRIP, _lockData(type(uint64).max));
        vm.assertEq(vault.balanceOf(alice), 10 * ONE_TRIP * VIRTUAL_SHARES, "shares to the owner");
        vm.assertEq(vault.balanceOf(bob), 0, "none to the operator");
        vm.assertEq(uint256(vault.unlockTime(alice)), 0, "owner not locked");
    }

    function test_onTransferReceived_ownerUsingTransferFromAndCallLocks() public {
        uint64 time = _unlockAt();
        trip.mint(alice, ONE_TRIP);
        vm.startPrank(alice);
        trip.approve(alice, ONE_TRIP);
        trip.transferFromAndCall(alice, address(vault), ONE_TRIP, _lockData(time));
        vm.stopPrank();
        vm.assertEq(uint256(vault.unlockTime(alice)), time, "operator == from locks");
    }

    function test_onTransferReceived_revertsWhenNotCalledByTrip() public {
        vm.expectRevert(abi.encodeWithSelector(ISavingsVault.UnsupportedToken.selector, alice));
        vm.prank(alice);
        vault.onTransferReceived(alice, alice, ONE_TRIP, "");
    }

    function test_onTransferReceived_revertsWhenEarlierThanLock() public {
        uint64 time = _unlockAt();
        _depositWithLock(alice, ONE_TRIP, time);
        trip.mint(alice, ONE_TRIP);
        vm.expectRevert(abi.encodeWithSelector(ISavingsVault.UnlockTimeTooEarly.selector, alice, time - 1, time));
        vm.prank(alice);
        trip.transferAndCall(address(vault), ONE_TRIP, _lockData(time - 1));
        vm.assertEq(trip.balanceOf(alice), ONE_TRIP, "TRIP transfer undone");
    }

    function test_onTransferReceived_revertsOnDataOfWrongLength() public {
        bytes memory data = abi.encodePacked(uint128(1));
        trip.mint(alice, ONE_TRIP);
        vm.expectRevert(abi.encodeWithSelector(ISavingsVault.InvalidLockData.selector, data));
        vm.prank(alice);
        trip.transferAndCall(address(vault), ONE_TRIP, data);
    }

    function test_onTransferReceived_revertsOnUnlockTimeBeyond64Bits() public {
        bytes memory data = abi.encode(uint256(type(uint64).max) + 1);
        trip.mint(alice, ONE_TRIP);
        vm.expectRevert(abi.encodeWithSelector(ISavingsVault.InvalidLockData.selector, data));
        vm.prank(alice);
        trip.transferAndCall(address(vault), ONE_TRIP, data);
    }
}
