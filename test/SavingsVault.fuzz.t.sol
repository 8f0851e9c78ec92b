// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ISavingsVault} from "../contracts/interfaces/ISavingsVault.sol";
import {SavingsVaultFixture} from "./savings/SavingsVaultFixture.sol";

/**
 * @dev Fuzz tests: round trips never profit the user, `preview*` never over-promise or under-charge
 * (EIP-4626's rounding rules), and the lock's boundaries at `unlockTime - 1`, `unlockTime`, `+ 1`.
 * Each test starts from a fuzzed vault: other savers' deposits and yield (rewarded, or donated when
 * there is nobody to reward) give an arbitrary share price.
 */
contract SavingsVaultFuzzTest is SavingsVaultFixture {
    uint256 internal constant MAX_ASSETS = 1e9 * ONE_TRIP; // beyond TRIP's realistic supply
    uint256 internal constant MAX_LOCK = 10 * 365 days;

    address internal saver;

    function setUp() public override {
        super.setUp();
        saver = makeAddr("saver");
    }

    // ------------------------------------------------------------------ round trips

    function testFuzz_depositRedeem_neverProfits(uint256 existing, uint256 yield, uint256 assets) public {
        _fuzzVaultState(existing, yield);
        assets = bound(assets, 0, MAX_ASSETS);
        uint256 shares = _deposit(saver, assets);
        vm.prank(saver);
        uint256 assetsOut = vault.redeem(shares, saver, saver);
        vm.assertLe(assetsOut, assets, "redeemed more than deposited");
    }

    function testFuzz_mintWithdraw_neverProfits(uint256 existing, uint256 yield, uint256 shares) public {
        _fuzzVaultState(existing, yield);
        shares = bound(shares, 0, MAX_ASSETS * VIRTUAL_SHARES);
        uint256 assetsIn = vault.previewMint(shares);
        _fund(saver, assetsIn);
        vm.prank(saver);
        vault.mint(shares, saver);
        // Taking back what was paid costs at least the shares minted for it.
        vm.assertGe(vault.previewWithdraw(assetsIn), shares, "withdrawing the payment burns fewer shares");
        uint256 assetsOut = vault.maxWithdraw(saver);
        vm.prank(saver);
        vault.withdraw(assetsOut, saver, saver);
        vm.assertLe(assetsOut, assetsIn, "withdrew more than paid");
    }

    // ------------------------------------------------------------------ preview rules

    function testFuzz_previewDeposit_neverOverPromises(uint256 existing, uint256 yield, uint256 assets) public {
        _fuzzVaultState(existing, yield);
        assets = bound(assets, 0, MAX_ASSETS);
        uint256 previewed = vault.previewDeposit(assets);
        uint256 shares = _deposit(saver, assets);
        vm.assertLe(previewed, shares, "previewDeposit promised more shares");
        vm.assertEq(vault.balanceOf(saver), shares, "returned what was minted");
    }

    function testFuzz_previewMint_neverUnderCharges(uint256 existing, uint256 yield, uint256 shares) public {
        _fuzzVaultState(existing, yield);
        shares = bound(shares, 0, MAX_ASSETS * VIRTUAL_SHARES);
        uint256 previewed = vault.previewMint(shares);
        _fund(saver, previewed);
        vm.prank(saver);
        uint256 assets = vault.mint(shares, saver);
        vm.assertGe(previewed, assets, "previewMint charged less than mint");
        vm.assertEq(previewed - trip.balanceOf(saver), assets, "returned what was pulled");
    }

    function testFuzz_previewWithdraw_neverUnderCharges(uint256 existing, uint256 yield, uint256 assets) public {
        _fuzzVaultState(existing, yield);
        _deposit(saver, bound(assets, 0, MAX_ASSETS));
        assets = bound(assets, 0, vault.maxWithdraw(saver));
        uint256 previewed = vault.previewWithdraw(assets);
        uint256 sharesBefore = vault.balanceOf(saver);
        vm.prank(saver);
        uint256 shares = vault.withdraw(assets, saver, saver);
        vm.assertGe(previewed, shares, "previewWithdraw burned fewer shares than withdraw");
        vm.assertEq(sharesBefore - vault.balanceOf(saver), shares, "returned what was burned");
        vm.assertEq(trip.balanceOf(saver), assets, "paid exactly");
    }

    function testFuzz_previewRedeem_neverOverPromises(uint256 existing, uint256 yield, uint256 shares) public {
        _fuzzVaultState(existing, yield);
        uint256 owned = _deposit(saver, bound(shares, 0, MAX_ASSETS));
        shares = bound(shares, 0, owned);
        uint256 previewed = vault.previewRedeem(shares);
        vm.prank(saver);
        uint256 assets = vault.redeem(shares, saver, saver);
        vm.assertLe(previewed, assets, "previewRedeem promised more assets");
        vm.assertEq(trip.balanceOf(saver), assets, "paid what was returned");
    }

    function testFuzz_transferAndCall_mintsWhatDepositWould(uint256 existing, uint256 yield, uint256 assets) public {
        _fuzzVaultState(existing, yield);
        assets = bound(assets, 0, MAX_ASSETS);
        uint256 previewed = vault.previewDeposit(assets);
        trip.mint(saver, assets);
        vm.prank(saver);
        trip.transferAndCall(address(vault), assets, _lockData(_unlockAt()));
        vm.assertEq(vault.balanceOf(saver), previewed, "priced on the assets before the transfer");
    }

    // ------------------------------------------------------------------ lock boundaries

    function testFuzz_lock_holdsOneSecondBeforeUnlock(uint256 lockFor, uint256 assets) public {
        (uint64 time, uint256 shares) = _saveLocked(lockFor, assets);
        vm.warp(time - 1);
        vm.assertEq(vault.maxRedeem(saver), 0, "maxRedeem");
        vm.assertEq(vault.maxWithdraw(saver), 0, "maxWithdraw");
        bytes memory locked = abi.encodeWithSelector(ISavingsVault.SavingsLocked.selector, saver, time);
        vm.startPrank(saver);
        vm.expectRevert(locked);
        vault.redeem(shares, saver, saver);
        vm.expectRevert(locked);
        vault.withdraw(1, saver, saver);
        vm.expectRevert(locked);
        vault.transfer(bob, shares);
        vm.stopPrank();
    }

    function testFuzz_lock_opensAtUnlockTime(uint256 lockFor, uint256 assets) public {
        (uint64 time, uint256 shares) = _saveLocked(lockFor, assets);
        vm.warp(time);
        _assertFullyOpen(shares);
    }

    function testFuzz_lock_staysOpenOneSecondAfterUnlock(uint256 lockFor, uint256 assets) public {
        (uint64 time, uint256 shares) = _saveLocked(lockFor, assets);
        vm.warp(uint256(time) + 1);
        _assertFullyOpen(shares);
    }

    function testFuzz_setUnlockTime_onlyMovesLater(uint64 first, uint64 second) public {
        vm.startPrank(saver);
        vault.setUnlockTime(first);
        if (second < first) {
            vm.expectRevert(abi.encodeWithSelector(ISavingsVault.UnlockTimeTooEarly.selector, saver, second, first));
        }
        vault.setUnlockTime(second);
        vm.stopPrank();
        vm.assertEq(uint256(vault.unlockTime(saver)), second < first ? first : second, "max of both");
    }

    // ------------------------------------------------------------------ helpers

    /// @dev Another saver's deposit and some yield: any share price the vault can reach.
    function _fuzzVaultState(uint256 existing, uint256 yield) internal {
        existing = bound(existing, 0, MAX_ASSETS);
        yield = bound(yield, 0, MAX_ASSETS);
        uint256 shares = _deposit(alice, existing);
        if (shares == 0) _donate(yield);
        else _reward(yield);
    }

    function _saveLocked(uint256 lockFor, uint256 assets) internal returns (uint64 time, uint256 shares) {
        time = uint64(block.timestamp + bound(lockFor, 1, MAX_LOCK));
        shares = _depositWithLock(saver, bound(assets, 1, MAX_ASSETS), time);
    }

    /// @dev Everything the lock blocked now works: full max*, a transfer, and redeeming the rest.
    function _assertFullyOpen(uint256 shares) internal {
        vm.assertEq(vault.maxRedeem(saver), shares, "maxRedeem");
        vm.assertEq(vault.maxWithdraw(saver), vault.previewRedeem(shares), "maxWithdraw");
        vm.startPrank(saver);
        vault.transfer(bob, 1);
        vault.redeem(shares - 1, saver, saver);
        vm.stopPrank();
        vm.assertEq(vault.balanceOf(saver), 0, "all out");
        vm.assertEq(vault.balanceOf(bob), 1, "transferred");
    }
}
