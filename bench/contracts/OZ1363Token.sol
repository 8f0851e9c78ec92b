// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC1363} from "@openzeppelin/contracts/token/ERC20/extensions/ERC1363.sol";

/**
 * @title Benchmark reference: plain OpenZeppelin ERC-20 with ERC-1363 `transferAndCall`
 * @dev Benchmark only: `mint` is open to anyone so the benchmark can fund accounts.
 */
contract OZ1363Token is ERC20, ERC1363 {
    constructor() ERC20("OZ 1363 Token", "OZ1363") {}

    /// @notice Creates `amount` tokens for `to` (benchmark funding).
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}
