// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SavingsVault} from "../../contracts/SavingsVault.sol";
import {TripToken} from "../../contracts/TripToken.sol";
import {Test} from "../utils/Test.sol";

/**
 * @dev What every SavingsVault test starts from: TRIP (with this test as its minter, standing in for
 * the exchange desk), an empty vault, a few savers, and a realistic clock.
 */
abstract contract SavingsVaultFixture is Test {
    uint256 internal constant ONE_TRIP = 1e18; // TRIP base units
    /// @dev svTRIP base units per TRIP base unit in an empty vault: 10^decimalsOffset.
    uint256 internal constant VIRTUAL_SHARES = 1e6;
    uint64 internal constant START_TIME = 1_767_225_600; // 2026-01-01T00:00:00Z
    uint64 internal constant LOCK_DURATION = 30 days;

    TripToken internal trip;
    SavingsVault internal vault;
    address internal alice;
    address internal bob;
    address internal sponsor;

    function setUp() public virtual {
        vm.warp(START_TIME);
        trip = new TripToken(address(this));
        trip.grantRole(trip.MINTER_ROLE(), address(this));
        vault = new SavingsVault(trip);
        alice = makeAddr("alice");
        bob = makeAddr("bob");
        sponsor = makeAddr("sponsor");
    }

    /// @dev Gives `who` `assets` TRIP and lets the vault pull all of it.
    function _fund(address who, uint256 assets) internal {
        trip.mint(who, assets);
        vm.prank(who);
        trip.approve(address(vault), type(uint256).max);
    }

    function _deposit(address who, uint256 assets) internal returns (uint256 shares) {
        _fund(who, assets);
        vm.prank(who);
        shares = vault.deposit(assets, who);
    }

    function _depositWithLock(address who, uint256 assets, uint64 time) internal returns (uint256 shares) {
        _fund(who, assets);
        vm.prank(who);
        shares = vault.depositWithLock(assets, time);
    }

    function _reward(uint256 assets) internal {
        _fund(sponsor, assets);
        vm.prank(sponsor);
        vault.reward(assets);
    }

    /// @dev A plain TRIP transfer to the vault: yield without the `Rewarded` event.
    function _donate(uint256 assets) internal {
        trip.mint(address(this), assets);
        trip.transfer(address(vault), assets);
    }

    function _lockData(uint64 time) internal pure returns (bytes memory) {
        return abi.encode(time);
    }

    function _unlockAt() internal view returns (uint64) {
        return uint64(block.timestamp) + LOCK_DURATION;
    }
}
