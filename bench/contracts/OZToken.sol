// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/**
 * @title Benchmark reference: plain OpenZeppelin ERC-20 with EIP-2612 permits
 * @dev Benchmark only, never deployed anywhere real: `mint` is open to anyone so the benchmark can fund accounts.
 */
contract OZToken is ERC20, ERC20Permit {
    constructor() ERC20("OZ Token", "OZT") ERC20Permit("OZ Token") {}

    /// @notice Creates `amount` tokens for `to` (benchmark funding).
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}
