// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TripExchangeHandler} from "./handlers/TripExchangeHandler.sol";
import {TripFixture} from "./utils/TripFixture.sol";

/**
 * @dev The desk's backing under random sequences of buys, sales (allowance, permit, ERC-1363),
 * gasless payments and forced ETH. The fuzzer calls only the handler.
 */
contract TripExchangeInvariantTest is TripFixture {
    TripExchangeHandler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new TripExchangeHandler(token, desk);
    }

    /// @dev The invariant runner's target list, as forge-std's `targetContract` would set it.
    function targetContracts() public view returns (address[] memory targets) {
        targets = new address[](1);
        targets[0] = address(handler);
    }

    function invariant_outstandingEqualsTotalSupply() public view {
        vm.assertEq(desk.outstanding(), token.totalSupply(), "outstanding == total supply");
    }

    function invariant_deskEthBacksOutstanding() public view {
        vm.assertGe(address(desk).balance, desk.outstanding() / RATE, "desk ETH >= outstanding / rate");
    }

    function invariant_noRoundingLeak() public view {
        // Every TRIP outstanding was paid for with exactly 1/rate wei, and forced ETH only adds.
        vm.assertEq(desk.outstanding() % RATE, 0, "outstanding is whole lots");
        vm.assertEq(
            address(desk).balance,
            desk.outstanding() / RATE + handler.ghostEthForced(),
            "desk ETH == outstanding / rate + forced ETH"
        );
    }

    function invariant_ghostTotalsMatch() public view {
        vm.assertEq(
            desk.outstanding(),
            handler.ghostTripMinted() - handler.ghostTripBurned(),
            "outstanding == minted - burned"
        );
        vm.assertEq(
            address(desk).balance,
            handler.ghostEthIn() - handler.ghostEthOut() + handler.ghostEthForced(),
            "desk ETH == in - out + forced"
        );
        vm.assertEq(handler.ghostEthOut() * RATE, handler.ghostTripBurned(), "every sale paid amount / rate");
    }

    function invariant_balancesSumToSupply() public view {
        uint256 sum = token.balanceOf(address(desk));
        for (uint256 i = 0; i < handler.actorCount(); ++i) sum += token.balanceOf(handler.actor(i));
        vm.assertEq(sum, token.totalSupply(), "all TRIP is held by the actors");
        vm.assertEq(token.balanceOf(address(desk)), 0, "the desk burns all it buys back");
    }
}
