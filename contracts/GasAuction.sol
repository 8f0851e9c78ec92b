// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IGasAuction} from "./interfaces/IGasAuction.sol";

/**
 * @title GasAuction
 * @notice The race for the last seat. See {IGasAuction}.
 * @dev Storage is packed so a losing entry, which pays gas for nothing, costs as little as it can: one
 * read-modify-write of the round's race slot (winner, race block, entry count) and two fresh slots for
 * the entry itself.
 */
contract GasAuction is IGasAuction, AccessControl {
    using SafeCast for uint256;

    struct Round {
        string prize;
        // One slot: everything `enter` reads and writes.
        address winner;
        uint64 raceBlock;
        uint32 entryCount;
        uint64 openedBlock;
    }

    /// @inheritdoc IGasAuction
    bytes32 public constant OPERATOR_ROLE = keccak256("OPERATOR_ROLE");

    uint256 private _roundCount;
    mapping(uint256 roundId => Round) private _rounds;
    mapping(uint256 roundId => mapping(uint256 position => Entry)) private _entries;

    /// @param operator Receives `OPERATOR_ROLE`, and `DEFAULT_ADMIN_ROLE` to appoint other operators.
    constructor(address operator) {
        if (operator == address(0)) revert InvalidOperator(operator);
        _grantRole(DEFAULT_ADMIN_ROLE, operator);
        _grantRole(OPERATOR_ROLE, operator);
    }

    /// @inheritdoc IGasAuction
    function openRound(string calldata prize) external onlyRole(OPERATOR_ROLE) returns (uint256 roundId) {
        if (bytes(prize).length == 0) revert EmptyPrize();
        roundId = ++_roundCount;
        Round storage opened = _rounds[roundId];
        opened.prize = prize;
        opened.openedBlock = block.number.toUint64();
        emit RoundOpened(roundId, prize);
    }

    /// @inheritdoc IGasAuction
    function enter(uint256 roundId) external returns (uint256 position) {
        Round storage race = _existingRound(roundId);
        uint64 blockNumber = block.number.toUint64();
        address winner = race.winner;
        if (winner == address(0)) {
            race.winner = msg.sender;
            race.raceBlock = blockNumber;
        } else if (race.raceBlock != blockNumber) {
            revert RoundClosed(roundId, winner);
        }
        position = race.entryCount++;

        // A call simulated without fees can run with a gas price under the base fee: it tipped nothing.
        uint256 priorityFee = tx.gasprice > block.basefee ? tx.gasprice - block.basefee : 0;
        _entries[roundId][position] = Entry({
            bidder: msg.sender,
            blockNumber: blockNumber,
            position: uint32(position), // the entry count it came from is a uint32
            // Cannot overflow on a real chain (gas × price is paid from a balance far below 2^128 wei);
            // SafeCast turns that argument into a guarantee.
            gasPrice: tx.gasprice.toUint128(),
            priorityFee: uint128(priorityFee) // at most tx.gasprice, which fits
        });
        emit Entered(roundId, msg.sender, blockNumber, position, tx.gasprice, priorityFee);
        if (position == 0) emit Won(roundId, msg.sender);
    }

    /// @inheritdoc IGasAuction
    function round(
        uint256 roundId
    ) external view returns (string memory prize, uint256 openedBlock, address winner, uint256 entryCount) {
        Round storage found = _existingRound(roundId);
        return (found.prize, found.openedBlock, found.winner, found.entryCount);
    }

    /// @inheritdoc IGasAuction
    function entries(uint256 roundId) external view returns (Entry[] memory recorded) {
        uint256 count = _existingRound(roundId).entryCount;
        recorded = new Entry[](count);
        mapping(uint256 position => Entry) storage roundEntries = _entries[roundId];
        for (uint256 position = 0; position < count; ++position) {
            recorded[position] = roundEntries[position];
        }
    }

    /// @inheritdoc IGasAuction
    function roundCount() external view returns (uint256) {
        return _roundCount;
    }

    function _existingRound(uint256 roundId) private view returns (Round storage) {
        if (roundId == 0 || roundId > _roundCount) revert UnknownRound(roundId);
        return _rounds[roundId];
    }
}
