// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC1363Receiver} from "@openzeppelin/contracts/interfaces/IERC1363Receiver.sol";
import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";

/**
 * @title SavingsVault (svTRIP), Wayfare's time-locked travel savings
 * @notice An ERC-4626 vault over TRIP. Each owner may promise not to touch their savings before an
 * unlock time, which can only ever move later. Until then `withdraw` and `redeem` for that owner revert
 * with `SavingsLocked` (whoever calls, for any amount), `maxWithdraw`/`maxRedeem` return 0, and the
 * owner's shares cannot be transferred away. Depositing for someone else never creates or extends
 * their lock. Yield arrives as TRIP rewards or plain donations and shows as a rising share price, which
 * no public function can lower. Saving is one transaction with TRIP's `transferAndCall`.
 * @dev `preview*` functions ignore the lock, as EIP-4626 requires.
 */
interface ISavingsVault is IERC4626, IERC1363Receiver {
    /// @notice `owner`'s savings are locked until `unlockTime` (now or later they are free).
    event UnlockTimeSet(address indexed owner, uint64 unlockTime);

    /// @notice `from` added `assets` TRIP as yield for every saver.
    event Rewarded(address indexed from, uint256 assets);

    /// @notice `owner` now saves towards `label`, a target of `targetAssets` TRIP.
    event GoalSet(address indexed owner, string label, uint256 targetAssets);

    /// @notice `owner`'s shares cannot be withdrawn, redeemed or transferred before `unlockTime`.
    error SavingsLocked(address owner, uint64 unlockTime);

    /// @notice A lock can only move later: `requested` is before `owner`'s current `unlockTime`.
    error UnlockTimeTooEarly(address owner, uint64 requested, uint64 unlockTime);

    /// @notice A reward needs savers to go to: the vault has no shares yet.
    error NoSharesToReward();

    /// @notice A goal label may be at most `maxLength` bytes (UTF-8), not `length`.
    error GoalLabelTooLong(uint256 length, uint256 maxLength);

    /// @notice `onTransferReceived` was called by a contract that is not the vault's asset (TRIP).
    error UnsupportedToken(address token);

    /// @notice `transferAndCall` data must be empty or one abi-encoded `uint64` unlock time.
    error InvalidLockData(bytes data);

    /**
     * @notice Locks the caller's savings until `time`, or keeps the current lock if `time` equals it.
     * @dev Requirements: `time` is not before the caller's current unlock time. A time in the past is
     * accepted and locks nothing. Emits `UnlockTimeSet` when the time changes.
     */
    function setUnlockTime(uint64 time) external;

    /**
     * @notice Deposits `assets` TRIP (pulled with the caller's allowance) for the caller and locks the
     * caller's savings until `unlockTime`, in one transaction.
     * @dev Requirements: as `setUnlockTime` and `deposit`. Emits `UnlockTimeSet` (when the time changes)
     * and `Deposit`.
     * @return shares The svTRIP minted to the caller.
     */
    function depositWithLock(uint256 assets, uint64 unlockTime) external returns (uint256 shares);

    /**
     * @notice Adds `assets` TRIP (pulled with the caller's allowance) as yield for every current saver:
     * the share price rises by `assets / totalSupply()`.
     * @dev Requirements: there are shares (`totalSupply() > 0`); allowance and balance suffice. Emits
     * `Rewarded`. A plain TRIP transfer to the vault raises the share price the same way, without the event.
     */
    function reward(uint256 assets) external;

    /**
     * @notice Sets (or, with an empty label and zero target, clears) the caller's savings goal, for the
     * progress bar: `label` such as "Two weeks in Lisbon", `targetAssets` in TRIP base units.
     * @dev Requirements: `label` is at most `MAX_GOAL_LABEL_LENGTH()` bytes; `targetAssets` fits in
     * 192 bits (far beyond TRIP's supply). Emits `GoalSet`.
     */
    function setGoal(string calldata label, uint256 targetAssets) external;

    /**
     * @notice Saves TRIP sent with TRIP's `transferAndCall` / `transferFromAndCall`: shares go to `from`,
     * priced on the vault's assets before this TRIP arrived.
     * @dev `data` is empty (no lock change) or `abi.encode(uint64 unlockTime)`. The lock is set only when
     * `operator == from`: someone spending `from`'s allowance cannot lock them. Requirements: called by
     * TRIP; the unlock time is not before `from`'s current one. Emits `Deposit` (sender `operator`, owner
     * `from`) and, when the lock changes, `UnlockTimeSet`. A revert undoes the whole TRIP transfer.
     * @return The ERC-1363 acceptance selector.
     */
    function onTransferReceived(
        address operator,
        address from,
        uint256 value,
        bytes calldata data
    ) external override returns (bytes4);

    /// @notice When `owner`'s savings unlock (seconds since the epoch); 0 if they never locked.
    function unlockTime(address owner) external view returns (uint64);

    /// @notice `owner`'s savings goal: its label and target in TRIP base units (empty and 0 if none).
    function goal(address owner) external view returns (string memory label, uint256 targetAssets);

    /// @notice The longest goal label accepted, in bytes.
    // solhint-disable-next-line func-name-mixedcase
    function MAX_GOAL_LABEL_LENGTH() external view returns (uint256);
}
