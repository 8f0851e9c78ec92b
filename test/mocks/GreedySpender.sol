// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC1363Spender} from "@openzeppelin/contracts/interfaces/IERC1363Spender.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title An ERC-1363 spender that re-enters the token from `onApprovalReceived` to pull the allowance twice.
contract GreedySpender is IERC1363Spender {
    /// @notice Tries to take the approved `value` twice: the second pull must find no allowance left.
    function onApprovalReceived(address owner, uint256 value, bytes calldata) external returns (bytes4) {
        IERC20(msg.sender).transferFrom(owner, address(this), value);
        IERC20(msg.sender).transferFrom(owner, address(this), value);
        return IERC1363Spender.onApprovalReceived.selector;
    }
}
