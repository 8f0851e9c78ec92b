// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {GasAuction} from "../contracts/GasAuction.sol";
import {IGasAuction} from "../contracts/interfaces/IGasAuction.sol";
import {GasAuctionHandler} from "./handlers/GasAuctionHandler.sol";
import {Test} from "./utils/Test.sol";

/// @dev Properties of every round, whatever sequence of rounds, entries, fees and blocks led there.
contract GasAuctionInvariantTest is Test {
    /// @dev The shape the invariant runner reads from `targetSelectors()` (as in forge-std).
    struct FuzzSelector {
        address addr;
        bytes4[] selectors;
    }

    GasAuction internal auction;
    GasAuctionHandler internal handler;

    function setUp() public {
        address operator = makeAddr("operator");
        auction = new GasAuction(operator);
        handler = new GasAuctionHandler(auction, operator);
        vm.roll(1);
    }

    /// @dev Only the handler is fuzzed, so every call goes through its predictions.
    function targetContracts() public view returns (address[] memory targets) {
        targets = new address[](1);
        targets[0] = address(handler);
    }

    /// @dev Just its actions: calling the ghost getters would waste the run's depth.
    function targetSelectors() public view returns (FuzzSelector[] memory targets) {
        bytes4[] memory actions = new bytes4[](3);
        actions[0] = GasAuctionHandler.openRound.selector;
        actions[1] = GasAuctionHandler.enter.selector;
        actions[2] = GasAuctionHandler.advance.selector;
        targets = new FuzzSelector[](1);
        targets[0] = FuzzSelector({addr: address(handler), selectors: actions});
    }

    function invariant_everyEntryMatchesTheHandlersPrediction() public view {
        vm.assertEq(handler.ghostSurprises(), 0, "an entry succeeded or failed unexpectedly");
    }

    function invariant_firstEntryIsTheWinnerAndAllShareTheRaceBlock() public view {
        uint256 rounds = auction.roundCount();
        for (uint256 roundId = 1; roundId <= rounds; ++roundId) {
            (, , address winner, uint256 entryCount) = auction.round(roundId);
            IGasAuction.Entry[] memory recorded = auction.entries(roundId);
            vm.assertEq(recorded.length, entryCount, "entries() length is the entry count");
            vm.assertEq(entryCount, handler.ghostEntryCount(roundId), "every successful entry is recorded");
            if (entryCount == 0) {
                vm.assertEq(winner, address(0), "no winner without entries");
                continue;
            }
            vm.assertEq(winner, recorded[0].bidder, "the first entry wins");
            for (uint256 i = 0; i < entryCount; ++i) {
                vm.assertEq(recorded[i].position, i, "positions count up from 0");
                vm.assertEq(recorded[i].blockNumber, handler.ghostRaceBlock(roundId), "all in the race block");
                vm.assertLe(recorded[i].priorityFee, recorded[i].gasPrice, "the tip is part of the price");
            }
        }
    }
}
