// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC1363Receiver} from "@openzeppelin/contracts/interfaces/IERC1363Receiver.sol";
import {IERC1363Spender} from "@openzeppelin/contracts/interfaces/IERC1363Spender.sol";

/// @title An ERC-1363 counterparty that records the callbacks it gets, or refuses them on request.
contract ERC1363ReceiverMock is IERC1363Receiver, IERC1363Spender {
    enum Behavior {
        Accept,
        ReturnWrongSelector,
        Revert
    }

    event TransferReceived(address operator, address from, uint256 value, bytes data);
    event ApprovalReceived(address owner, uint256 value, bytes data);

    error Refused(uint256 value);

    Behavior public behavior;

    function setBehavior(Behavior behavior_) external {
        behavior = behavior_;
    }

    function onTransferReceived(
        address operator,
        address from,
        uint256 value,
        bytes calldata data
    ) external returns (bytes4) {
        emit TransferReceived(operator, from, value, data);
        return _answer(IERC1363Receiver.onTransferReceived.selector, value);
    }

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
