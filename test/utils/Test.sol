// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Vm} from "./Vm.sol";

/**
 * @title Base for Wayfare's Solidity tests
 * @dev A small stand-in for forge-std's `Test`: the cheatcode handle, `bound` for fuzz inputs, and
 * `makeAddrAndKey`. Assertions are the `vm.assert*` cheatcodes, which report both values on failure.
 */
abstract contract Test {
    /// @dev The cheatcode address: `address(uint160(uint256(keccak256("hevm cheat code"))))`.
    Vm internal constant vm = Vm(0x7109709ECfa91a80626fF3989D68f67F5b1DD12D);

    /// @dev Marks this contract as a test for the runner, as forge-std does.
    bool public IS_TEST = true; // solhint-disable-line var-name-mixedcase

    /// @dev Maps any fuzzed `x` into `[min, max]` uniformly enough for fuzzing, without rejecting runs.
    function bound(uint256 x, uint256 min, uint256 max) internal pure returns (uint256) {
        require(min <= max, "bound: min > max");
        if (x >= min && x <= max) return x;
        uint256 size = max - min;
        if (size == type(uint256).max) return x;
        return min + (x % (size + 1));
    }

    /// @dev A labelled address with its private key, derived from `name`.
    function makeAddrAndKey(string memory name) internal returns (address account, uint256 privateKey) {
        privateKey = uint256(keccak256(abi.encodePacked(name)));
        account = vm.addr(privateKey);
        vm.label(account, name);
    }

    /// @dev A labelled address derived from `name`.
    function makeAddr(string memory name) internal returns (address account) {
        (account, ) = makeAddrAndKey(name);
    }
}
