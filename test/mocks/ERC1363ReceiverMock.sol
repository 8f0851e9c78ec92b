// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC1363Receiver} from "@openzeppelin/contracts/interfaces/IERC1363Receiver.sol";
import {IERC1363Spender} from "@openzeppelin/contracts/interfaces/IERC1363Spender.sol";

/// @title An ERC-1363 counterparty that records the callbacks it gets, or refuses them on request.
contract ERC1363ReceiverMock is IERC1363Receiver, IERC1363Spender {
    /// @dev How the mock answers a callback.
    enum Behavior {
        Accept,
        ReturnWrongSelector,
        Revert
    }

    /// @notice Every `onTransferReceived` call, with its arguments.
    event TransferReceived(address operator, address from, uint256 value, bytes data);
    /// @notice Every `onApprovalReceived` call, with its arguments.
    event ApprovalReceived(address owner, uint256 value, bytes data);

    /// @notice The mock was told to refuse callbacks.
    error Refused(uint256 value);

    Behavior public behavior;

    /// @notice How to answer the next callbacks.
    function setBehavior(Behavior behavior_) external {
        behavior = behavior_;
    }

    /// @inheritdoc IERC1363Receiver
    function onTransferReceived(
        address operator,
        address from,
        uint256 value,
        bytes calldata data
    ) external returns (bytes4) {
        emit TransferReceived(operator, from, value, data);
        return _answer(IERC1363Receiver.onTransferReceived.selector, value);
    }

    /// @inheritdoc IERC1363Spender
    function onApprovalReceived(address owner, uint256 value, bytes calldata data) external returns (bytes4) {
        emit ApprovalReceived(owner, value, data);
        return _answer(IERC1363Spender.onApprovalReceived.selector, value);
    }

    function _answer(bytes4 accepted, uint256 value) private view returns (bytes4) {
        if (behavior == Behavior.Revert) revert Refused(value);
        if (behavior == Behavior.ReturnWrongSelector) return bytes4(0xdeadbeef);
        return accepted;
    }
}
