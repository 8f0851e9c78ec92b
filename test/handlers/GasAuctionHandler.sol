// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {GasAuction} from "../../contracts/GasAuction.sol";
import {IGasAuction} from "../../contracts/interfaces/IGasAuction.sol";
import {Test} from "../utils/Test.sol";

/**
 * @title Drives GasAuction through random rounds, entries and blocks for the invariant tests
 * @dev Predicts each entry's outcome from ghost state and counts every surprise: a handler revert is
 * ignored by the runner (`failOnRevert: false`), so a failed expectation must show up in state instead.
 */
contract GasAuctionHandler is Test {
    uint256 internal constant ACTORS = 5;
    uint256 internal constant MAX_BASE_FEE = 100 gwei;
    uint256 internal constant MAX_TIP = 50 gwei;
    uint256 internal constant MAX_BLOCKS_AHEAD = 3;

    GasAuction public immutable auction;
    address public immutable operator;

    /// @dev Round id → the block its first entry was mined in (0 while open).
    mapping(uint256 roundId => uint256 raceBlock) public ghostRaceBlock;
    /// @dev Round id → entries that succeeded.
    mapping(uint256 roundId => uint256 count) public ghostEntryCount;
    uint256 public ghostSurprises;
    uint256 public ghostClosedRejections;

    constructor(GasAuction auction_, address operator_) {
        auction = auction_;
        operator = operator_;
    }

    function openRound() external {
        vm.prank(operator);
        auction.openRound("Last seat");
    }

    function enter(uint256 roundSeed, uint256 actorSeed, uint256 baseFee, uint256 tip) external {
        uint256 rounds = auction.roundCount();
        if (rounds == 0) return;
        uint256 roundId = bound(roundSeed, 1, rounds);
        address bidder = address(uint160(bound(actorSeed, 1, ACTORS)));
        baseFee = bound(baseFee, 0, MAX_BASE_FEE);
        vm.fee(baseFee);
        vm.txGasPrice(baseFee + bound(tip, 0, MAX_TIP));

        uint256 raceBlock = ghostRaceBlock[roundId];
        bool expectOpen = raceBlock == 0 || raceBlock == block.number;
        vm.prank(bidder);
        try auction.enter(roundId) returns (uint256 position) {
            if (!expectOpen || position != ghostEntryCount[roundId]) ++ghostSurprises;
            if (raceBlock == 0) ghostRaceBlock[roundId] = block.number;
            ++ghostEntryCount[roundId];
        } catch (bytes memory reason) {
            (, , address winner, ) = auction.round(roundId);
            bytes memory closed = abi.encodeWithSelector(IGasAuction.RoundClosed.selector, roundId, winner);
            if (expectOpen || keccak256(reason) != keccak256(closed)) ++ghostSurprises;
            else ++ghostClosedRejections;
        }
    }

    function advance(uint256 blocks) external {
        vm.roll(block.number + bound(blocks, 1, MAX_BLOCKS_AHEAD));
    }
}
