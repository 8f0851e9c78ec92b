// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC1363Receiver} from "@openzeppelin/contracts/interfaces/IERC1363Receiver.sol";
import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {ISavingsVault} from "./interfaces/ISavingsVault.sol";

/**
 * @title SavingsVault (svTRIP)
 * @notice Wayfare's time-locked travel savings over TRIP. See {ISavingsVault}.
 * @dev The lock lives in one rule: shares never leave an owner before their unlock time (`_update`
 * refuses transfers and burns from a locked owner). `withdraw`/`redeem` check it first so the error is
 * `SavingsLocked` rather than ERC-4626's max-exceeded, and `maxRedeem` (hence `maxWithdraw`) reports 0.
 *
 * The vault calls only TRIP's plain `transfer`/`transferFrom`, which have no receiver hooks, so no call
 * leaves the vault to untrusted code and no reentrancy guard is needed.
 */
contract SavingsVault is ERC4626, ISavingsVault {
    using Math for uint256;

    /**
     * @dev Per-owner data. The unlock time shares a slot with the goal target: a saver who sets both
     * (the Save lab's flow: pick a goal, deposit with a lock) pays one zero-to-nonzero slot write
     * (22,100 gas) instead of two; the second write is a 5,000-gas update. TRIP's supply (bounded by
     * ETH's supply times the desk's rate, well under 2^100) always fits in 192 bits.
     */
    struct Saver {
        uint64 unlockTime;
        uint192 goalTarget;
        string goalLabel;
    }

    /// @inheritdoc ISavingsVault
    uint256 public constant MAX_GOAL_LABEL_LENGTH = 64;

    /**
     * @dev svTRIP has 6 more decimals than TRIP (24): 10^6 virtual shares stand against one virtual wei
     * of TRIP. Rounding a victim's deposit of `v` down to zero shares then takes a donation of about
     * `v * 10^6`, half of which the virtual shares keep, so the first-depositor (inflation) attack costs
     * the attacker a million times what it could take. Any depositor's rounding loss stays below one
     * share's worth, 10^-6 of a TRIP base unit at the initial price. The virtual shares' claim on yield is
     * that of one wei of TRIP, and because decimals grow with the offset, one svTRIP still displays as
     * one TRIP at the initial price. Share amounts stay far from overflow (TRIP's supply times 10^6 <
     * 2^120).
     */
    uint8 private constant DECIMALS_OFFSET = 6;

    mapping(address owner => Saver) private _savers;

    /// @param trip The TRIP token: the vault's asset and the only token whose `transferAndCall` it accepts.
    constructor(IERC20 trip) ERC20("Wayfare Savings TRIP", "svTRIP") ERC4626(trip) {}

    /// @inheritdoc ISavingsVault
    function setUnlockTime(uint64 time) external {
        _extendLock(_msgSender(), time);
    }

    /// @inheritdoc ISavingsVault
    function depositWithLock(uint256 assets, uint64 newUnlockTime) external returns (uint256 shares) {
        address owner = _msgSender();
        _extendLock(owner, newUnlockTime);
        return deposit(assets, owner);
    }

    /// @inheritdoc ISavingsVault
    function reward(uint256 assets) external {
        if (totalSupply() == 0) revert NoSharesToReward();
        _transferIn(_msgSender(), assets);
        emit Rewarded(_msgSender(), assets);
    }

    /// @inheritdoc ISavingsVault
    function setGoal(string calldata label, uint256 targetAssets) external {
        uint256 length = bytes(label).length;
        if (length > MAX_GOAL_LABEL_LENGTH) revert GoalLabelTooLong(length, MAX_GOAL_LABEL_LENGTH);
        Saver storage saver = _savers[_msgSender()];
        saver.goalTarget = SafeCast.toUint192(targetAssets);
        saver.goalLabel = label;
        emit GoalSet(_msgSender(), label, targetAssets);
    }

    /// @inheritdoc ISavingsVault
    function onTransferReceived(
        address operator,
        address from,
        uint256 value,
        bytes calldata data
    ) external returns (bytes4) {
        if (_msgSender() != asset()) revert UnsupportedToken(_msgSender());
        // TRIP credits the vault before calling this hook: price the shares on the assets held before
        // `value` arrived, or the saver would pay for part of their own deposit.
        uint256 shares = _convertToShares(value, totalAssets() - value, Math.Rounding.Floor);
        if (data.length != 0) {
            uint64 newUnlockTime = _decodeUnlockTime(data);
            // Only the owner locks their own savings, never someone spending their allowance.
            if (operator == from) _extendLock(from, newUnlockTime);
        }
        _mint(from, shares);
        emit Deposit(operator, from, value, shares);
        return IERC1363Receiver.onTransferReceived.selector;
    }

    /// @inheritdoc ISavingsVault
    function unlockTime(address owner) external view returns (uint64) {
        return _savers[owner].unlockTime;
    }

    /// @inheritdoc ISavingsVault
    function goal(address owner) external view returns (string memory label, uint256 targetAssets) {
        Saver storage saver = _savers[owner];
        return (saver.goalLabel, saver.goalTarget);
    }

    /**
     * @inheritdoc ERC4626
     * @dev Reverts with `SavingsLocked` before `owner`'s unlock time, whoever calls and for any amount.
     */
    function withdraw(
        uint256 assets,
        address receiver,
        address owner
    ) public override(ERC4626, IERC4626) returns (uint256) {
        _revertIfLocked(owner);
        return super.withdraw(assets, receiver, owner);
    }

    /**
     * @inheritdoc ERC4626
     * @dev Reverts with `SavingsLocked` before `owner`'s unlock time, whoever calls and for any amount.
     */
    function redeem(
        uint256 shares,
        address receiver,
        address owner
    ) public override(ERC4626, IERC4626) returns (uint256) {
        _revertIfLocked(owner);
        return super.redeem(shares, receiver, owner);
    }

    /**
     * @inheritdoc ERC4626
     * @dev 0 before `owner`'s unlock time; `maxWithdraw` follows, since it is `previewRedeem(maxRedeem)`.
     */
    function maxRedeem(address owner) public view override(ERC4626, IERC4626) returns (uint256) {
        return _isLocked(owner) ? 0 : super.maxRedeem(owner);
    }

    /// @dev Shares never leave a locked owner: this blocks `transfer`, `transferFrom` and burns alike.
    function _update(address from, address to, uint256 value) internal override {
        if (from != address(0)) _revertIfLocked(from);
        super._update(from, to, value);
    }

    /// @dev ERC-4626's conversion with `totalAssets()` as the assets held, as OpenZeppelin computes it.
    function _convertToShares(uint256 assets, Math.Rounding rounding) internal view override returns (uint256) {
        return _convertToShares(assets, totalAssets(), rounding);
    }

    /// @inheritdoc ERC4626
    function _decimalsOffset() internal pure override returns (uint8) {
        return DECIMALS_OFFSET;
    }

    /// @dev Moves `owner`'s unlock time to `time`; equal is a no-op, earlier reverts.
    function _extendLock(address owner, uint64 time) private {
        Saver storage saver = _savers[owner];
        uint64 current = saver.unlockTime;
        if (time < current) revert UnlockTimeTooEarly(owner, time, current);
        if (time == current) return;
        saver.unlockTime = time;
        emit UnlockTimeSet(owner, time);
    }

    function _revertIfLocked(address owner) private view {
        uint64 time = _savers[owner].unlockTime;
        if (block.timestamp < time) revert SavingsLocked(owner, time);
    }

    function _isLocked(address owner) private view returns (bool) {
        return block.timestamp < _savers[owner].unlockTime;
    }

    /// @dev OpenZeppelin's virtual-shares formula, against `assetsHeld` instead of `totalAssets()`.
    function _convertToShares(
        uint256 assets,
        uint256 assetsHeld,
        Math.Rounding rounding
    ) private view returns (uint256) {
        return assets.mulDiv(totalSupply() + 10 ** _decimalsOffset(), assetsHeld + 1, rounding);
    }

    /// @dev `data` must be exactly one abi-encoded `uint64`.
    function _decodeUnlockTime(bytes calldata data) private pure returns (uint64) {
        if (data.length != 32) revert InvalidLockData(data);
        uint256 time = abi.decode(data, (uint256));
        if (time > type(uint64).max) revert InvalidLockData(data);
        return uint64(time);
    }
}
