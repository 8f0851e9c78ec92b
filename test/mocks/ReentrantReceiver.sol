// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC721Receiver} from "@openzeppelin/contracts/token/ERC721/IERC721Receiver.sol";

/**
 * @title A contract ticket buyer that calls back into a target when it receives an ERC-721 token
 * @dev The call back is configured up front (`arm`). It either bubbles the call's revert up (so the whole
 * purchase fails) or swallows it and records the revert data, to show what the attack met.
 */
contract ReentrantReceiver is IERC721Receiver {
    address private _target;
    bytes private _callback;
    bool private _swallow;

    /// @notice The revert data of the swallowed call back.
    bytes public callbackRevert;
    /// @notice ERC-721 tokens received through safe transfers.
    uint256 public received;

    /// @notice From the next received token on, call `target` with `callback` (once per token).
    function arm(address target, bytes calldata callback, bool swallow) external {
        _target = target;
        _callback = callback;
        _swallow = swallow;
    }

    /// @notice Makes an arbitrary call as this contract, e.g. an approval or the purchase that starts it.
    function execute(address target, bytes calldata data) external returns (bytes memory) {
        (bool ok, bytes memory result) = target.call(data);
        if (!ok) _bubble(result);
        return result;
    }

    function onERC721Received(address, address, uint256, bytes calldata) external returns (bytes4) {
        ++received;
        if (_target != address(0)) {
            (bool ok, bytes memory result) = _target.call(_callback);
            if (!ok) {
                if (!_swallow) _bubble(result);
                callbackRevert = result;
            }
        }
        return IERC721Receiver.onERC721Received.selector;
    }

    function _bubble(bytes memory reason) private pure {
        assembly ("memory-safe") {
            revert(add(reason, 0x20), mload(reason))
        }
    }
}
