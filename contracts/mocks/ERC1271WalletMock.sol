// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC1271} from "@openzeppelin/contracts/interfaces/IERC1271.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/**
 * @title A minimal smart-contract wallet for tests
 * @notice Accepts, through ERC-1271, exactly the signatures its owner key made over a hash. It stands in
 * for a Safe or another smart account that pays with EIP-3009 authorizations. Test-only: it lives under
 * contracts/ so the TypeScript integration tests can deploy it.
 */
contract ERC1271WalletMock is IERC1271 {
    /// @dev ERC-1271's "not valid" answer: any value other than the selector.
    bytes4 private constant _INVALID_SIGNATURE = 0xffffffff;

    /// @notice The key whose ECDSA signatures this wallet accepts.
    address public immutable owner;

    /// @param owner_ The key whose ECDSA signatures this wallet accepts.
    constructor(address owner_) {
        owner = owner_;
    }

    /// @inheritdoc IERC1271
    function isValidSignature(bytes32 hash, bytes calldata signature) external view returns (bytes4) {
        (address recovered, ECDSA.RecoverError error, ) = ECDSA.tryRecoverCalldata(hash, signature);
        if (error == ECDSA.RecoverError.NoError && recovered == owner) return IERC1271.isValidSignature.selector;
        return _INVALID_SIGNATURE;
    }
}
