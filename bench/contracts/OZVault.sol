// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";

/// @title Benchmark reference: plain OpenZeppelin ERC-4626 vault
contract OZVault is ERC4626 {
    constructor(IERC20 asset_) ERC20("OZ Vault", "ozV") ERC4626(asset_) {}
}
