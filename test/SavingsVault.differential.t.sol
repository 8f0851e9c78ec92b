// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ReferenceERC4626} from "../contracts/mocks/ReferenceERC4626.sol";
import {SavingsVaultFixture} from "./savings/SavingsVaultFixture.sol";

/**
 * @dev Without locks, SavingsVault must be OpenZeppelin's ERC4626 with the same decimals offset: the
 * same shares and assets for every deposit, mint, withdraw and redeem, and the same quotes, at any
 * share price. Its own conversion (used for `transferAndCall`) must agree too.
 */
contract SavingsVaultDifferentialTest is SavingsVaultFixture {
    uint256 internal constant MAX_ASSETS = 1e9 * ONE_TRIP;
    uint8 internal constant DECIMALS_OFFSET = 6;

    ReferenceERC4626 internal ozVault;

    function setUp() public override {
        super.setUp();
        ozVault = new ReferenceERC4626(trip, DECIMALS_OFFSET);
    }

    function test_ozVault_hasSameDecimalsAndAsset() public view {
        vm.assertEq(uint256(ozVault.decimals()), uint256(vault.decimals()), "decimals");
        vm.assertEq(ozVault.asset(), vault.asset(), "asset");
    }

    function testFuzz_savingsVault_matchesOpenZeppelinWithoutLocks(
        uint256 existing,
        uint256 yield,
        uint256 assets,
        uint256 shares
    ) public {
        existing = bound(existing, 1, MAX_ASSETS);
        yield = bound(yield, 0, MAX_ASSETS);
        assets = bound(assets, 0, MAX_ASSETS);
        shares = bound(shares, 0, MAX_ASSETS * VIRTUAL_SHARES);

        // The same history in both vaults: a first saver, then yield.
        vm.assertEq(_depositInto(ozVault, bob, existing), _deposit(bob, existing), "first deposit");
        _donate(yield);
        trip.mint(address(ozVault), yield);

        vm.assertEq(vault.previewDeposit(assets), ozVault.previewDeposit(assets), "previewDeposit");
        vm.assertEq(vault.previewMint(shares), ozVault.previewMint(shares), "previewMint");
        vm.assertEq(vault.previewWithdraw(assets), ozVault.previewWithdraw(assets), "previewWithdraw");
        vm.assertEq(vault.previewRedeem(shares), ozVault.previewRedeem(shares), "previewRedeem");
        vm.assertEq(vault.convertToShares(assets), ozVault.convertToShares(assets), "convertToShares");
        vm.assertEq(vault.convertToAssets(shares), ozVault.convertToAssets(shares), "convertToAssets");

        // Alice saves with transferAndCall in ours and with approve + deposit in OpenZeppelin's.
        trip.mint(alice, assets);
        vm.prank(alice);
        trip.transferAndCall(address(vault), assets);
        vm.assertEq(vault.balanceOf(alice), _depositInto(ozVault, alice, assets), "transferAndCall vs deposit");

        // Then she mints, withdraws half of what she can and redeems the rest, in both.
        _mintInBoth(shares);
        vm.assertEq(vault.balanceOf(alice), ozVault.balanceOf(alice), "shares after mint");
        uint256 half = vault.maxWithdraw(alice) / 2;
        vm.assertEq(half, ozVault.maxWithdraw(alice) / 2, "maxWithdraw");
        vm.prank(alice);
        uint256 burned = vault.withdraw(half, alice, alice);
        vm.prank(alice);
        vm.assertEq(burned, ozVault.withdraw(half, alice, alice), "withdraw");
        uint256 rest = vault.balanceOf(alice);
        vm.prank(alice);
        uint256 paid = vault.redeem(rest, alice, alice);
        vm.prank(alice);
        vm.assertEq(paid, ozVault.redeem(rest, alice, alice), "redeem");
        vm.assertEq(vault.totalAssets(), ozVault.totalAssets(), "assets left");
        vm.assertEq(vault.totalSupply(), ozVault.totalSupply(), "shares left");
    }

    function _depositInto(ReferenceERC4626 target, address who, uint256 assets) internal returns (uint256) {
        trip.mint(who, assets);
        vm.startPrank(who);
        trip.approve(address(target), assets);
        uint256 shares = target.deposit(assets, who);
        vm.stopPrank();
        return shares;
    }

    function _mintInBoth(uint256 shares) internal {
        uint256 assets = vault.previewMint(shares);
        trip.mint(alice, 2 * assets);
        vm.startPrank(alice);
        trip.approve(address(vault), assets);
        trip.approve(address(ozVault), assets);
        vm.assertEq(vault.mint(shares, alice), ozVault.mint(shares, alice), "mint");
        vm.stopPrank();
    }
}
