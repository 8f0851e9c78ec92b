// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {GasAuction} from "../contracts/GasAuction.sol";
import {IGasAuction} from "../contracts/interfaces/IGasAuction.sol";
import {Test} from "./utils/Test.sol";
import {Vm} from "./utils/Vm.sol";

contract GasAuctionTest is Test {
    string internal constant PRIZE = "Last seat on the night train to Lisbon";
    uint256 internal constant BASE_FEE = 7 gwei;
    uint256 internal constant MAX_BIDDERS = 20;

    GasAuction internal auction;
    address internal operator;
    address internal ada;
    address internal bo;
    address internal cy;

    function setUp() public {
        operator = makeAddr("operator");
        ada = makeAddr("ada");
        bo = makeAddr("bo");
        cy = makeAddr("cy");
        auction = new GasAuction(operator);
        vm.roll(100);
        vm.fee(BASE_FEE);
    }

    // ---------------------------------------------------------------- constructor

    function test_constructor_grantsOperatorAndAdminRoles() public view {
        vm.assertTrue(auction.hasRole(auction.OPERATOR_ROLE(), operator), "operator role");
        vm.assertTrue(auction.hasRole(auction.DEFAULT_ADMIN_ROLE(), operator), "admin role");
        vm.assertEq(auction.OPERATOR_ROLE(), keccak256("OPERATOR_ROLE"), "role id");
        vm.assertEq(auction.roundCount(), 0, "no rounds yet");
    }

    function test_constructor_revertsForZeroOperator() public {
        vm.expectRevert(abi.encodeWithSelector(IGasAuction.InvalidOperator.selector, address(0)));
        new GasAuction(address(0));
    }

    // ---------------------------------------------------------------- openRound

    function test_openRound_storesRoundAndEmits() public {
        vm.expectEmit(address(auction));
        emit IGasAuction.RoundOpened(1, PRIZE);
        uint256 roundId = _open(PRIZE);

        vm.assertEq(roundId, 1, "first id");
        vm.assertEq(auction.roundCount(), 1, "count");
        (string memory prize, uint256 openedBlock, address winner, uint256 entryCount) = auction.round(roundId);
        vm.assertEq(prize, PRIZE, "prize");
        vm.assertEq(openedBlock, 100, "opened block");
        vm.assertEq(winner, address(0), "no winner yet");
        vm.assertEq(entryCount, 0, "no entries yet");
        vm.assertEq(auction.entries(roundId).length, 0, "entries");
    }

    function test_openRound_numbersRoundsConsecutively() public {
        vm.assertEq(_open("first"), 1, "first");
        vm.assertEq(_open("second"), 2, "second");
        vm.assertEq(_open("third"), 3, "third");
        vm.assertEq(auction.roundCount(), 3, "count");
        (string memory prize, , , ) = auction.round(2);
        vm.assertEq(prize, "second", "second prize");
    }

    function test_openRound_byAppointedOperator() public {
        bytes32 operatorRole = auction.OPERATOR_ROLE();
        vm.prank(operator);
        auction.grantRole(operatorRole, ada);
        vm.prank(ada);
        vm.assertEq(auction.openRound(PRIZE), 1, "id");
    }

    function test_openRound_revertsForNonOperator() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                ada,
                auction.OPERATOR_ROLE()
            )
        );
        vm.prank(ada);
        auction.openRound(PRIZE);
    }

    function test_openRound_revertsForEmptyPrize() public {
        vm.expectRevert(IGasAuction.EmptyPrize.selector);
        vm.prank(operator);
        auction.openRound("");
    }

    function test_openRound_revertsWhenBlockNumberExceedsUint64() public {
        uint256 tooHigh = uint256(type(uint64).max) + 1;
        vm.roll(tooHigh);
        vm.expectRevert(abi.encodeWithSelector(SafeCast.SafeCastOverflowedUintDowncast.selector, 64, tooHigh));
        vm.prank(operator);
        auction.openRound(PRIZE);
    }

    // ---------------------------------------------------------------- enter: the winner

    function test_enter_firstEntryWinsAndEmits() public {
        uint256 roundId = _open(PRIZE);
        vm.txGasPrice(BASE_FEE + 3 gwei);

        vm.expectEmit(address(auction));
        emit IGasAuction.Entered(roundId, ada, 100, 0, BASE_FEE + 3 gwei, 3 gwei);
        vm.expectEmit(address(auction));
        emit IGasAuction.Won(roundId, ada);
        vm.prank(ada);
        uint256 position = auction.enter(roundId);

        vm.assertEq(position, 0, "winner's position");
        (, , address winner, uint256 entryCount) = auction.round(roundId);
        vm.assertEq(winner, ada, "winner");
        vm.assertEq(entryCount, 1, "entry count");
        IGasAuction.Entry[] memory recorded = auction.entries(roundId);
        vm.assertEq(recorded.length, 1, "entries");
        _assertEntry(recorded[0], ada, 100, 0, BASE_FEE + 3 gwei, 3 gwei);
    }

    function test_enter_inTheOpeningBlockWins() public {
        uint256 roundId = _open(PRIZE);
        _enterAs(ada, roundId, 1 gwei);
        (, uint256 openedBlock, address winner, ) = auction.round(roundId);
        vm.assertEq(winner, ada, "winner");
        vm.assertEq(auction.entries(roundId)[0].blockNumber, openedBlock, "race block is the opening block");
    }

    function test_enter_roundStaysOpenUntilItsFirstEntry() public {
        uint256 roundId = _open(PRIZE);
        vm.roll(5_000);
        _enterAs(bo, roundId, 1 gwei);

        (, uint256 openedBlock, address winner, ) = auction.round(roundId);
        vm.assertEq(openedBlock, 100, "opened block unchanged");
        vm.assertEq(winner, bo, "first entry wins, however late");
        vm.assertEq(auction.entries(roundId)[0].blockNumber, 5_000, "race block is the first entry's");
    }

    function test_enter_recordsZeroTipWhenGasPriceIsBelowBaseFee() public {
        uint256 roundId = _open(PRIZE);
        vm.txGasPrice(BASE_FEE - 1);
        vm.prank(ada);
        auction.enter(roundId);
        _assertEntry(auction.entries(roundId)[0], ada, 100, 0, BASE_FEE - 1, 0);
    }

    // ---------------------------------------------------------------- enter: the losers

    function test_enter_laterEntriesInTheRaceBlockAreRecordedAsLosing() public {
        uint256 roundId = _open(PRIZE);
        _enterAs(ada, roundId, 5 gwei);

        vm.txGasPrice(BASE_FEE + 2 gwei);
        vm.recordLogs();
        vm.prank(bo);
        uint256 position = auction.enter(roundId);
        Vm.Log[] memory logs = vm.getRecordedLogs();

        vm.assertEq(position, 1, "loser's position");
        vm.assertEq(logs.length, 1, "only Entered: no Won for a loser");
        vm.assertEq(logs[0].topics[0], IGasAuction.Entered.selector, "event");
        vm.assertEq(logs[0].topics[2], bytes32(uint256(uint160(bo))), "bidder");
        vm.assertEq(logs[0].data, abi.encode(uint256(100), uint256(1), BASE_FEE + 2 gwei, 2 gwei), "data");

        _enterAs(cy, roundId, 9 gwei);
        (, , address winner, uint256 entryCount) = auction.round(roundId);
        vm.assertEq(winner, ada, "winner unchanged");
        vm.assertEq(entryCount, 3, "entry count");
        IGasAuction.Entry[] memory recorded = auction.entries(roundId);
        _assertEntry(recorded[0], ada, 100, 0, BASE_FEE + 5 gwei, 5 gwei);
        _assertEntry(recorded[1], bo, 100, 1, BASE_FEE + 2 gwei, 2 gwei);
        _assertEntry(recorded[2], cy, 100, 2, BASE_FEE + 9 gwei, 9 gwei);
    }

    function test_enter_sameBidderTwiceInTheRaceBlockRecordsBoth() public {
        uint256 roundId = _open(PRIZE);
        _enterAs(ada, roundId, 1 gwei);
        _enterAs(ada, roundId, 2 gwei);
        IGasAuction.Entry[] memory recorded = auction.entries(roundId);
        vm.assertEq(recorded.length, 2, "both tries recorded");
        vm.assertEq(recorded[1].bidder, ada, "second try");
        vm.assertEq(recorded[1].position, 1, "second try loses");
    }

    function test_enter_revertsInALaterBlock() public {
        uint256 roundId = _open(PRIZE);
        _enterAs(ada, roundId, 1 gwei);
        vm.roll(101);
        vm.expectRevert(abi.encodeWithSelector(IGasAuction.RoundClosed.selector, roundId, ada));
        vm.prank(bo);
        auction.enter(roundId);
    }

    function test_enter_revertsForRoundZero() public {
        _open(PRIZE);
        vm.expectRevert(abi.encodeWithSelector(IGasAuction.UnknownRound.selector, 0));
        auction.enter(0);
    }

    function test_enter_revertsForRoundNotYetOpened() public {
        _open(PRIZE);
        vm.expectRevert(abi.encodeWithSelector(IGasAuction.UnknownRound.selector, 2));
        auction.enter(2);
    }

    function test_enter_roundsAreIndependent() public {
        uint256 first = _open("first");
        uint256 second = _open("second");
        _enterAs(ada, first, 1 gwei);
        vm.roll(101);
        _enterAs(bo, second, 1 gwei);

        (, , address firstWinner, ) = auction.round(first);
        (, , address secondWinner, ) = auction.round(second);
        vm.assertEq(firstWinner, ada, "first round's winner");
        vm.assertEq(secondWinner, bo, "a closed round does not close another");
    }

    // ---------------------------------------------------------------- views

    function test_round_revertsForUnknownRound() public {
        vm.expectRevert(abi.encodeWithSelector(IGasAuction.UnknownRound.selector, 1));
        auction.round(1);
    }

    function test_entries_revertsForUnknownRound() public {
        vm.expectRevert(abi.encodeWithSelector(IGasAuction.UnknownRound.selector, 1));
        auction.entries(1);
    }

    // ---------------------------------------------------------------- fuzz

    function testFuzz_enter_recordsGasPriceAndTip(uint256 baseFee, uint256 tip) public {
        baseFee = bound(baseFee, 0, 10_000 gwei);
        tip = bound(tip, 0, 10_000 gwei);
        vm.fee(baseFee);
        uint256 roundId = _open(PRIZE);
        vm.txGasPrice(baseFee + tip);

        vm.expectEmit(address(auction));
        emit IGasAuction.Entered(roundId, ada, 100, 0, baseFee + tip, tip);
        vm.prank(ada);
        auction.enter(roundId);

        _assertEntry(auction.entries(roundId)[0], ada, 100, 0, baseFee + tip, tip);
    }

    function testFuzz_enter_raceBlockEntriesAreRankedInExecutionOrder(uint256 bidders, uint256 seed) public {
        bidders = bound(bidders, 1, MAX_BIDDERS);
        uint256 roundId = _open(PRIZE);
        vm.roll(100 + (seed % 1_000));

        address[] memory accounts = new address[](bidders);
        uint256[] memory tips = new uint256[](bidders);
        for (uint256 i = 0; i < bidders; ++i) {
            accounts[i] = address(uint160(uint256(keccak256(abi.encode(seed, i)))));
            tips[i] = uint256(keccak256(abi.encode(seed, i, "tip"))) % 100 gwei;
            vm.assertEq(_enterAs(accounts[i], roundId, tips[i]), i, "position is arrival order");
        }

        (, , address winner, uint256 entryCount) = auction.round(roundId);
        vm.assertEq(winner, accounts[0], "first to execute wins, whatever its tip");
        vm.assertEq(entryCount, bidders, "entry count");
        IGasAuction.Entry[] memory recorded = auction.entries(roundId);
        for (uint256 i = 0; i < bidders; ++i) {
            _assertEntry(recorded[i], accounts[i], block.number, i, BASE_FEE + tips[i], tips[i]);
        }
    }

    function testFuzz_enter_revertsInAnyLaterBlock(uint256 blocksLater) public {
        blocksLater = bound(blocksLater, 1, type(uint32).max);
        uint256 roundId = _open(PRIZE);
        _enterAs(ada, roundId, 1 gwei);
        vm.roll(100 + blocksLater);
        vm.expectRevert(abi.encodeWithSelector(IGasAuction.RoundClosed.selector, roundId, ada));
        vm.prank(bo);
        auction.enter(roundId);
    }

    function testFuzz_enter_revertsForUnknownRound(uint256 roundId) public {
        _open(PRIZE);
        vm.assume(roundId != 1);
        vm.expectRevert(abi.encodeWithSelector(IGasAuction.UnknownRound.selector, roundId));
        auction.enter(roundId);
    }

    // ---------------------------------------------------------------- helpers

    function _open(string memory prize) internal returns (uint256) {
        vm.prank(operator);
        return auction.openRound(prize);
    }

    /// @dev Enters as `bidder` paying `tip` over the base fee, like a type-2 transaction would.
    function _enterAs(address bidder, uint256 roundId, uint256 tip) internal returns (uint256) {
        vm.txGasPrice(BASE_FEE + tip);
        vm.prank(bidder);
        return auction.enter(roundId);
    }

    function _assertEntry(
        IGasAuction.Entry memory entry,
        address bidder,
        uint256 blockNumber,
        uint256 position,
        uint256 gasPrice,
        uint256 priorityFee
    ) internal pure {
        vm.assertEq(entry.bidder, bidder, "entry.bidder");
        vm.assertEq(entry.blockNumber, blockNumber, "entry.blockNumber");
        vm.assertEq(entry.position, position, "entry.position");
        vm.assertEq(entry.gasPrice, gasPrice, "entry.gasPrice");
        vm.assertEq(entry.priorityFee, priorityFee, "entry.priorityFee");
    }
}
