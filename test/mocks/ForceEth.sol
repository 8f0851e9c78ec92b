// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/**
 * @title Forces ETH into a contract that refuses it
 * @dev Deploys a contract whose constructor is `selfdestruct(target)`. Since Cancun (EIP-6780) such a
 * contract, created and destroyed in one transaction, still sends its whole balance to `target`
 * without calling it, so no `receive` can refuse it. The constructor is raw bytecode because
 * Solidity warns on every `selfdestruct` it compiles.
 */
library ForceEth {
    error ForceSendFailed(address target, uint256 amount);

    function send(address target, uint256 amount) internal {
        // PUSH20 target, SELFDESTRUCT
        bytes memory initCode = abi.encodePacked(hex"73", target, hex"ff");
        address created;
        assembly ("memory-safe") {
            created := create(amount, add(initCode, 0x20), mload(initCode))
        }
        if (created == address(0)) revert ForceSendFailed(target, amount);
    }
}
