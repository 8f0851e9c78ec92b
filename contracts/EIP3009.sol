// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";

import {IEIP3009} from "./interfaces/IEIP3009.sol";

/**
 * @title EIP-3009 transfer with authorization, USDC-compatible
 * @dev OpenZeppelin's `draft-ERC3009` declares the type hashes `internal` (USDC's ABI has them public),
 * has one error for "used" and "canceled" and checks `v, r, s` signatures with ECDSA only. This keeps
 * OpenZeppelin's `EIP712` and `SignatureChecker` and adds what USDC users expect: public type hashes,
 * ERC-1271 signers on every form, and errors that tell a replay from a cancel.
 */
abstract contract EIP3009 is ERC20, EIP712, IEIP3009 {
    enum AuthorizationStatus {
        Unused,
        Used,
        Canceled
    }

    /// @inheritdoc IEIP3009
    bytes32 public constant TRANSFER_WITH_AUTHORIZATION_TYPEHASH = keccak256(
        "TransferWithAuthorization(address from,address to,uint256 value,uint256 validAfter,uint256 validBefore,bytes32 nonce)"
    );

    /// @inheritdoc IEIP3009
    bytes32 public constant RECEIVE_WITH_AUTHORIZATION_TYPEHASH = keccak256(
        "ReceiveWithAuthorization(address from,address to,uint256 value,uint256 validAfter,uint256 validBefore,bytes32 nonce)"
    );

    /// @inheritdoc IEIP3009
    bytes32 public constant CANCEL_AUTHORIZATION_TYPEHASH = keccak256(
        "CancelAuthorization(address authorizer,bytes32 nonce)"
    );

    mapping(address authorizer => mapping(bytes32 nonce => AuthorizationStatus)) private _authorizations;

    /**
     * @notice Moves `value` from `from` to `to` with `from`'s signed authorization (`v, r, s` form).
     * @dev Requirements: `validAfter < block.timestamp < validBefore`; the nonce is neither used nor
     * canceled; the signature is valid for `from` (EOA or ERC-1271). Emits `AuthorizationUsed`, `Transfer`.
     */
    function transferWithAuthorization(
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external {
        _transferWithAuthorization(
            TRANSFER_WITH_AUTHORIZATION_TYPEHASH,
            from,
            to,
            value,
            validAfter,
            validBefore,
            nonce,
            abi.encodePacked(r, s, v)
        );
    }

    /// @inheritdoc IEIP3009
    function transferWithAuthorization(
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce,
        bytes calldata signature
    ) external {
        _transferWithAuthorization(
            TRANSFER_WITH_AUTHORIZATION_TYPEHASH,
            from,
            to,
            value,
            validAfter,
            validBefore,
            nonce,
            signature
        );
    }

    /**
     * @notice Like `transferWithAuthorization`, but only the payee `to` may submit it (`v, r, s` form).
     * @dev Requirements: those of `transferWithAuthorization`, and `msg.sender == to`.
     * Emits `AuthorizationUsed` and `Transfer`.
     */
    function receiveWithAuthorization(
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external {
        _receiveWithAuthorization(from, to, value, validAfter, validBefore, nonce, abi.encodePacked(r, s, v));
    }

    /// @inheritdoc IEIP3009
    function receiveWithAuthorization(
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce,
        bytes calldata signature
    ) external {
        _receiveWithAuthorization(from, to, value, validAfter, validBefore, nonce, signature);
    }

    /**
     * @notice Cancels an unused authorization with `authorizer`'s signature (`v, r, s` form).
     * @dev Requirements: the nonce is neither used nor canceled; the signature is valid for
     * `authorizer`. Emits `AuthorizationCanceled`.
     */
    function cancelAuthorization(address authorizer, bytes32 nonce, uint8 v, bytes32 r, bytes32 s) external {
        _cancelAuthorization(authorizer, nonce, abi.encodePacked(r, s, v));
    }

    /// @inheritdoc IEIP3009
    function cancelAuthorization(address authorizer, bytes32 nonce, bytes calldata signature) external {
        _cancelAuthorization(authorizer, nonce, signature);
    }

    /**
     * @notice Whether `nonce` of `authorizer` is spent: true once used or canceled, as in USDC.
     * @param authorizer The signer of the authorization.
     * @param nonce The authorization's random 32-byte nonce.
     */
    function authorizationState(address authorizer, bytes32 nonce) external view returns (bool) {
        return _authorizations[authorizer][nonce] != AuthorizationStatus.Unused;
    }

    function _receiveWithAuthorization(
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce,
        bytes memory signature
    ) private {
        if (to != msg.sender) revert CallerNotPayee(msg.sender, to);
        _transferWithAuthorization(
            RECEIVE_WITH_AUTHORIZATION_TYPEHASH,
            from,
            to,
            value,
            validAfter,
            validBefore,
            nonce,
            signature
        );
    }

    function _transferWithAuthorization(
        bytes32 typehash,
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce,
        bytes memory signature
    ) private {
        // Same strict window as USDC: valid after `validAfter`, and before `validBefore`.
        // solhint-disable-next-line gas-strict-inequalities
        if (block.timestamp <= validAfter) revert AuthorizationNotYetValid(validAfter, block.timestamp);
        // solhint-disable-next-line gas-strict-inequalities
        if (block.timestamp >= validBefore) revert AuthorizationExpired(validBefore, block.timestamp);
        _requireUnused(from, nonce);
        bytes32 structHash = keccak256(abi.encode(typehash, from, to, value, validAfter, validBefore, nonce));
        _requireValidSignature(from, structHash, signature);

        _authorizations[from][nonce] = AuthorizationStatus.Used;
        emit AuthorizationUsed(from, nonce);
        _transfer(from, to, value);
    }

    function _cancelAuthorization(address authorizer, bytes32 nonce, bytes memory signature) private {
        _requireUnused(authorizer, nonce);
        _requireValidSignature(
            authorizer,
            keccak256(abi.encode(CANCEL_AUTHORIZATION_TYPEHASH, authorizer, nonce)),
            signature
        );

        _authorizations[authorizer][nonce] = AuthorizationStatus.Canceled;
        emit AuthorizationCanceled(authorizer, nonce);
    }

    function _requireUnused(address authorizer, bytes32 nonce) private view {
        AuthorizationStatus status = _authorizations[authorizer][nonce];
        if (status == AuthorizationStatus.Used) revert AuthorizationAlreadyUsed(authorizer, nonce);
        if (status == AuthorizationStatus.Canceled) revert AuthorizationAlreadyCanceled(authorizer, nonce);
    }

    function _requireValidSignature(address signer, bytes32 structHash, bytes memory signature) private view {
        if (!SignatureChecker.isValidSignatureNow(signer, _hashTypedDataV4(structHash), signature)) {
            revert InvalidAuthorizationSignature(signer);
        }
    }
}
