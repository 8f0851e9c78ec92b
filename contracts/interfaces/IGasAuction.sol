// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/**
 * @title GasAuction, the race for the last seat
 * @notice Shows that block builders order transactions by the tip they pay. An operator opens a round
 * for one prize; travellers race to `enter` it. The first entry wins, and its block becomes the round's
 * race block: later entries in that same block are still recorded (they arrived too late and paid gas
 * for nothing), and entries in any later block revert with `RoundClosed`.
 *
 * A round stays open until its first entry, however many blocks pass after `openRound`: the race block
 * is the block of the first entry, not the block the round was opened in. Round ids start at 1.
 *
 * Every entry records the priority fee it paid (`tx.gasprice - block.basefee`), so the order of a
 * block's entries can be compared with their tips.
 */
interface IGasAuction {
    /// @notice One attempt to win a round, as recorded when it executed.
    /// @param bidder The account that sent the entry.
    /// @param blockNumber The block it was mined in (the round's race block).
    /// @param position Its place among this round's entries in that block: 0 is the winner.
    /// @param gasPrice The effective gas price it paid (`tx.gasprice`), in wei per gas.
    /// @param priorityFee The tip over the block's base fee, in wei per gas.
    struct Entry {
        address bidder;
        uint64 blockNumber;
        uint32 position;
        uint128 gasPrice;
        uint128 priorityFee;
    }

    /// @notice Round `roundId` is open for entries; the winner takes `prize`.
    event RoundOpened(uint256 indexed roundId, string prize);

    /// @notice `bidder` entered round `roundId` at `position` in block `blockNumber`, paying `gasPrice`
    /// (of which `priorityFee` was tip), both in wei per gas.
    event Entered(
        uint256 indexed roundId,
        address indexed bidder,
        uint256 blockNumber,
        uint256 position,
        uint256 gasPrice,
        uint256 priorityFee
    );

    /// @notice `winner` made the first entry of round `roundId` and takes its prize.
    event Won(uint256 indexed roundId, address indexed winner);

    /// @notice No round `roundId` has been opened.
    error UnknownRound(uint256 roundId);

    /// @notice Round `roundId` was won by `winner` in an earlier block; nothing more can enter it.
    error RoundClosed(uint256 roundId, address winner);

    /// @notice A round needs a prize to race for.
    error EmptyPrize();

    /// @notice The first operator cannot be the zero address.
    error InvalidOperator(address operator);

    /// @notice The role allowed to open rounds (`keccak256("OPERATOR_ROLE")`).
    // solhint-disable-next-line func-name-mixedcase
    function OPERATOR_ROLE() external view returns (bytes32);

    /**
     * @notice Opens a new round for `prize`.
     * @dev Requirements: the caller has `OPERATOR_ROLE`; `prize` is not empty. Emits `RoundOpened`.
     * @return roundId The new round's id: one more than the previous round's.
     */
    function openRound(string calldata prize) external returns (uint256 roundId);

    /**
     * @notice Enters round `roundId`. The round's first entry wins; later entries in the same block are
     * recorded as losing entries; entries in later blocks revert.
     * @dev Requirements: the round exists; it has no entries yet, or its first entry is in this block.
     * Emits `Entered`, and `Won` for the first entry.
     * @return position This entry's place among the round's entries in this block (0 wins).
     */
    function enter(uint256 roundId) external returns (uint256 position);

    /**
     * @notice A round's summary, for the UI.
     * @dev Reverts with `UnknownRound` if it was never opened.
     * @return prize What the winner takes.
     * @return openedBlock The block `openRound` was mined in.
     * @return winner The first entry's sender, or the zero address while the round is open.
     * @return entryCount How many entries were recorded (all in the race block).
     */
    function round(
        uint256 roundId
    ) external view returns (string memory prize, uint256 openedBlock, address winner, uint256 entryCount);

    /// @notice Every entry recorded for round `roundId`, in the order they executed (winner first).
    /// @dev Reverts with `UnknownRound` if it was never opened.
    function entries(uint256 roundId) external view returns (Entry[] memory);

    /// @notice How many rounds have been opened: round ids run from 1 to this number.
    function roundCount() external view returns (uint256);
}
