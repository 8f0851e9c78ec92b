// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC3009} from "@openzeppelin/contracts/token/ERC20/extensions/draft-ERC3009.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";

/**
 * @title Benchmark reference: plain OpenZeppelin ERC-20 with EIP-3009 (random nonces, as USDC)
 * @dev Benchmark only: `mint` is open to anyone so the benchmark can fund accounts.
 */
contract OZ3009Token is ERC20, ERC3009 {
    constructor() ERC20("OZ 3009 Token", "OZ3009") EIP712("OZ 3009 Token", "1") {}

    /// @notice Creates `amount` tokens for `to` (benchmark funding).
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}
