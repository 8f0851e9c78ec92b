// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC4626} from "solady/src/tokens/ERC4626.sol";

/// @title Benchmark reference: Solady's ERC-4626 vault
contract SoladyVault is ERC4626 {
    address private immutable _asset;

    constructor(address asset_) {
        _asset = asset_;
    }

    /// @notice The vault's underlying token.
    function asset() public view override returns (address) {
        return _asset;
    }

    /// @notice The share token's name.
    function name() public pure override returns (string memory) {
        return "Solady Vault";
    }

    /// @notice The share token's symbol.
    function symbol() public pure override returns (string memory) {
        return "sdyV";
    }
}
