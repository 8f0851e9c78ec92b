// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";

import {SavingsVault} from "../contracts/SavingsVault.sol";
import {TripToken} from "../contracts/TripToken.sol";
import {SavingsVaultFixture} from "./savings/SavingsVaultFixture.sol";
import {Test} from "./utils/Test.sol";

/**
 * @dev The invariant fuzzer's only target: a few savers deposit, mint, save with `transferAndCall`,
 * lock, withdraw, redeem and move shares (for themselves and for each other, with allowances), a sponsor
 * rewards, anyone donates, and time passes. Withdrawals and transfers are attempted whether or not the
 * owner is locked. After every action the handler records whether shares left a locked owner or the
 * share price fell; the invariant test asserts neither ever happened.
 *
 * It lives in this file, not its own, because `hardhat test solidity <this file>` emits artifacts for
 * the given file's contracts only, and the invariant runner cannot target a contract it has no
 * artifact for.
 */
contract SavingsVaultHandler is Test {
    uint256 internal constant MAX_ASSETS = 1e6 * 1e18; // a million TRIP per action
    uint256 internal constant VIRTUAL_SHARES = 1e6; // 10^decimalsOffset
    uint256 internal constant MAX_LOCK = 60 days;
    uint256 internal constant MAX_WARP = 20 days;
    uint256 internal constant ACTOR_COUNT = 4;

    SavingsVault internal immutable _vault;
    TripToken internal immutable _trip;
    address[] internal _actors;

    /// @dev Share price as a fraction (totalAssets + 1) / (totalSupply + virtual shares), last seen.
    uint256 internal _priceNumerator = 1;
    uint256 internal _priceDenominator = VIRTUAL_SHARES;

    /// @notice Some owner's shares decreased, or a withdraw/redeem/transfer of theirs succeeded, while locked.
    bool public exitedBeforeUnlock;
    /// @notice The share price was lower after an action than before it.
    bool public sharePriceFell;

    /// @dev Expects `MINTER_ROLE` on `trip`, to hand out the TRIP the actors spend.
    constructor(SavingsVault vault, TripToken trip) {
        _vault = vault;
        _trip = trip;
        trip.approve(address(vault), type(uint256).max);
        for (uint256 i = 0; i < ACTOR_COUNT; ++i) {
            address actor = makeAddr(string.concat("saver", Strings.toString(i)));
            _actors.push(actor);
            vm.startPrank(actor);
            trip.approve(address(vault), type(uint256).max);
            trip.approve(actor, type(uint256).max); // so an owner can be its own transferFromAndCall operator
            vm.stopPrank();
        }
        // Every saver may spend every other saver's shares: the lock must hold against allowances too.
        for (uint256 i = 0; i < ACTOR_COUNT; ++i) {
            vm.startPrank(_actors[i]);
            for (uint256 j = 0; j < ACTOR_COUNT; ++j) vault.approve(_actors[j], type(uint256).max);
            vm.stopPrank();
        }
    }

    /// @dev Records each saver's lock and shares before the action and checks them (and the price) after.
    modifier observed() {
        bool[ACTOR_COUNT] memory wasLocked;
        uint256[ACTOR_COUNT] memory sharesBefore;
        for (uint256 i = 0; i < ACTOR_COUNT; ++i) {
            wasLocked[i] = _isLocked(_actors[i]);
            sharesBefore[i] = _vault.balanceOf(_actors[i]);
        }
        _;
        for (uint256 i = 0; i < ACTOR_COUNT; ++i) {
            if (wasLocked[i] && _vault.balanceOf(_actors[i]) < sharesBefore[i]) exitedBeforeUnlock = true;
        }
        _recordSharePrice();
    }

    function deposit(uint256 actorSeed, uint256 receiverSeed, uint256 assets) external observed {
        address actor = _actor(actorSeed);
        assets = bound(assets, 0, MAX_ASSETS);
        _trip.mint(actor, assets);
        vm.prank(actor);
        _vault.deposit(assets, _actor(receiverSeed));
    }

    function depositWithLock(uint256 actorSeed, uint256 assets, uint256 lockFor) external observed {
        address actor = _actor(actorSeed);
        assets = bound(assets, 0, MAX_ASSETS);
        _trip.mint(actor, assets);
        vm.prank(actor);
        _vault.depositWithLock(assets, _laterUnlockTime(actor, lockFor));
    }

    /// @dev Saving in one `transferAndCall`, or (operator == from) `transferFromAndCall`, with a lock.
    function saveWithTransferAndCall(
        uint256 actorSeed,
        uint256 assets,
        uint256 lockFor,
        bool asOwnOperator
    ) external observed {
        address actor = _actor(actorSeed);
        assets = bound(assets, 0, MAX_ASSETS);
        _trip.mint(actor, assets);
        bytes memory data = abi.encode(_laterUnlockTime(actor, lockFor));
        vm.prank(actor);
        if (asOwnOperator) _trip.transferFromAndCall(actor, address(_vault), assets, data);
        else _trip.transferAndCall(address(_vault), assets, data);
    }

    function mint(uint256 actorSeed, uint256 receiverSeed, uint256 shares) external observed {
        address actor = _actor(actorSeed);
        shares = bound(shares, 0, MAX_ASSETS * VIRTUAL_SHARES);
        _trip.mint(actor, _vault.previewMint(shares));
        vm.prank(actor);
        _vault.mint(shares, _actor(receiverSeed));
    }

    function setUnlockTime(uint256 actorSeed, uint256 lockFor) external observed {
        address actor = _actor(actorSeed);
        vm.prank(actor);
        _vault.setUnlockTime(_laterUnlockTime(actor, lockFor));
    }

    /// @dev `caller` withdraws from `owner` (itself or, by allowance, another saver), locked or not.
    function withdraw(uint256 callerSeed, uint256 ownerSeed, uint256 assets) external observed {
        address caller = _actor(callerSeed);
        address owner = _actor(ownerSeed);
        assets = bound(assets, 0, _vault.previewRedeem(_vault.balanceOf(owner)));
        bool locked = _isLocked(owner);
        vm.prank(caller);
        try _vault.withdraw(assets, caller, owner) {
            if (locked) exitedBeforeUnlock = true;
        } catch {} // solhint-disable-line no-empty-blocks
    }

    function redeem(uint256 callerSeed, uint256 ownerSeed, uint256 shares) external observed {
        address caller = _actor(callerSeed);
        address owner = _actor(ownerSeed);
        shares = bound(shares, 0, _vault.balanceOf(owner));
        bool locked = _isLocked(owner);
        vm.prank(caller);
        try _vault.redeem(shares, caller, owner) {
            if (locked) exitedBeforeUnlock = true;
        } catch {} // solhint-disable-line no-empty-blocks
    }

    function transfer(uint256 fromSeed, uint256 toSeed, uint256 shares) external observed {
        address from = _actor(fromSeed);
        shares = bound(shares, 0, _vault.balanceOf(from));
        bool locked = _isLocked(from);
        vm.prank(from);
        try _vault.transfer(_actor(toSeed), shares) {
            if (locked) exitedBeforeUnlock = true;
        } catch {} // solhint-disable-line no-empty-blocks
    }

    function transferFrom(uint256 spenderSeed, uint256 fromSeed, uint256 toSeed, uint256 shares) external observed {
        address from = _actor(fromSeed);
        shares = bound(shares, 0, _vault.balanceOf(from));
        bool locked = _isLocked(from);
        vm.prank(_actor(spenderSeed));
        try _vault.transferFrom(from, _actor(toSeed), shares) {
            if (locked) exitedBeforeUnlock = true;
        } catch {} // solhint-disable-line no-empty-blocks
    }

    /// @dev The sponsor (this handler) rewards every saver; skipped while there is nobody to reward.
    function reward(uint256 assets) external observed {
        if (_vault.totalSupply() == 0) return;
        assets = bound(assets, 0, MAX_ASSETS);
        _trip.mint(address(this), assets);
        _vault.reward(assets);
    }

    /// @dev A plain TRIP transfer to the vault.
    function donate(uint256 assets) external observed {
        assets = bound(assets, 0, MAX_ASSETS);
        _trip.mint(address(this), assets);
        _trip.transfer(address(_vault), assets);
    }

    function warp(uint256 seconds_) external observed {
        vm.warp(block.timestamp + bound(seconds_, 0, MAX_WARP));
    }

    /// @notice The savers the handler acts for.
    function actors() external view returns (address[] memory) {
        return _actors;
    }

    function _recordSharePrice() internal {
        uint256 numerator = _vault.totalAssets() + 1;
        uint256 denominator = _vault.totalSupply() + VIRTUAL_SHARES;
        // numerator / denominator < last numerator / last denominator, without division.
        if (numerator * _priceDenominator < _priceNumerator * denominator) sharePriceFell = true;
        _priceNumerator = numerator;
        _priceDenominator = denominator;
    }

    /// @dev A time up to MAX_LOCK from now, never before `owner`'s current lock (moving it later only).
    function _laterUnlockTime(address owner, uint256 lockFor) internal view returns (uint64) {
        uint256 wanted = block.timestamp + bound(lockFor, 0, MAX_LOCK);
        uint64 current = _vault.unlockTime(owner);
        return wanted > current ? uint64(wanted) : current;
    }

    function _isLocked(address owner) internal view returns (bool) {
        return block.timestamp < _vault.unlockTime(owner);
    }

    function _actor(uint256 seed) internal view returns (address) {
        return _actors[seed % ACTOR_COUNT];
    }
}

/**
 * @dev Invariants of SavingsVault under random sequences of deposits, mints, saves with
 * `transferAndCall`, locks, withdrawals, redemptions, share transfers, rewards, donations and time
 * passing, by several savers (see SavingsVaultHandler above).
 */
contract SavingsVaultInvariantTest is SavingsVaultFixture {
    /// @dev What the invariant runner reads from `targetSelectors()` (Foundry's `StdInvariant` layout).
    struct FuzzSelector {
        address addr;
        bytes4[] selectors;
    }

    SavingsVaultHandler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new SavingsVaultHandler(vault, trip);
        trip.grantRole(trip.MINTER_ROLE(), address(handler));
    }

    function targetContracts() public view returns (address[] memory targets) {
        targets = new address[](1);
        targets[0] = address(handler);
    }

    /// @dev Only the handler's actions, not its getters.
    function targetSelectors() public view returns (FuzzSelector[] memory targets) {
        bytes4[] memory selectors = new bytes4[](12);
        selectors[0] = SavingsVaultHandler.deposit.selector;
        selectors[1] = SavingsVaultHandler.depositWithLock.selector;
        selectors[2] = SavingsVaultHandler.saveWithTransferAndCall.selector;
        selectors[3] = SavingsVaultHandler.mint.selector;
        selectors[4] = SavingsVaultHandler.setUnlockTime.selector;
        selectors[5] = SavingsVaultHandler.withdraw.selector;
        selectors[6] = SavingsVaultHandler.redeem.selector;
        selectors[7] = SavingsVaultHandler.transfer.selector;
        selectors[8] = SavingsVaultHandler.transferFrom.selector;
        selectors[9] = SavingsVaultHandler.reward.selector;
        selectors[10] = SavingsVaultHandler.donate.selector;
        selectors[11] = SavingsVaultHandler.warp.selector;
        targets = new FuzzSelector[](1);
        targets[0] = FuzzSelector(address(handler), selectors);
    }

    /// @dev Rounding always favours the vault: the shares outstanding never claim more than it holds.
    function invariant_totalAssetsCoverAllShares() public view {
        vm.assertGe(vault.totalAssets(), vault.convertToAssets(vault.totalSupply()), "shares over-claim");
    }

    function invariant_noWithdrawalBeforeUnlock() public view {
        vm.assertFalse(handler.exitedBeforeUnlock(), "shares left a locked owner");
    }

    function invariant_sharePriceNeverFalls() public view {
        vm.assertFalse(handler.sharePriceFell(), "share price fell");
    }

    /// @dev Shares exist only in savers' hands: nothing minted to, or stuck at, any other address.
    function invariant_saversHoldEveryShare() public view {
        address[] memory actors = handler.actors();
        uint256 sum;
        for (uint256 i = 0; i < actors.length; ++i) sum += vault.balanceOf(actors[i]);
        vm.assertEq(sum, vault.totalSupply(), "shares outside the savers");
    }

    /// @dev All TRIP the vault accounts for is really there.
    function invariant_totalAssetsIsTripHeld() public view {
        vm.assertEq(vault.totalAssets(), trip.balanceOf(address(vault)), "assets");
    }
}
