// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";

/**
 * @title OpenZeppelin's ERC4626, unchanged but for a chosen decimals offset
 * @dev Test and benchmark only: the reference SavingsVault is checked against (same offset: identical
 * conversions without locks) and measured against (offset 0: OpenZeppelin's default).
 */
contract ReferenceERC4626 is ERC4626 {
    uint8 private immutable _offset;

    constructor(IERC20 asset_, uint8 offset) ERC20("Reference ERC-4626 vault", "REF4626") ERC4626(asset_) {
        _offset = offset;
    }

    function _decimalsOffset() internal view override returns (uint8) {
        return _offset;
    }
}
