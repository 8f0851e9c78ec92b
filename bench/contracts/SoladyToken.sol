// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "solady/src/tokens/ERC20.sol";

/**
 * @title Benchmark reference: Solady's ERC-20 (EIP-2612 permits built in)
 * @dev Benchmark only: `mint` is open to anyone so the benchmark can fund accounts.
 */
contract SoladyToken is ERC20 {
    /// @notice Creates `amount` tokens for `to` (benchmark funding).
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice The token's name.
    function name() public pure override returns (string memory) {
        return "Solady Token";
    }

    /// @notice The token's symbol.
    function symbol() public pure override returns (string memory) {
        return "SOLT";
    }

    /// @dev Solady's recommended setup: a constant name hash saves hashing the name on every permit.
    function _constantNameHash() internal pure override returns (bytes32) {
        return keccak256("Solady Token");
    }
}
