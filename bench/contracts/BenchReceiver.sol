// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC1363Receiver} from "@openzeppelin/contracts/interfaces/IERC1363Receiver.sol";

/// @title Benchmark helper: an ERC-1363 receiver that accepts every transfer and does nothing else
contract BenchReceiver is IERC1363Receiver {
    /// @inheritdoc IERC1363Receiver
    function onTransferReceived(address, address, uint256, bytes calldata) external pure returns (bytes4) {
        return IERC1363Receiver.onTransferReceived.selector;
    }
}
