// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC3009, IERC3009Cancel} from "@openzeppelin/contracts/interfaces/draft-IERC3009.sol";

/**
 * @title EIP-3009 with the surface USDC (FiatToken v2.2) exposes
 * @notice Gasless payments: the payer signs an EIP-712 authorization off-chain, anyone (typically the
 * payee) submits it and pays the gas. Nonces are random 32-byte values, so several authorizations can
 * be outstanding at once and used in any order. Signers may be EOAs or ERC-1271 contracts.
 * @dev Events `AuthorizationUsed` and `AuthorizationCanceled` and the `uint8 v, bytes32 r, bytes32 s`
 * functions come from OpenZeppelin's `IERC3009`/`IERC3009Cancel`; this adds the `bytes signature`
 * overloads, the public type hashes and specific errors.
 */
interface IEIP3009 is IERC3009, IERC3009Cancel {
    /// @notice The authorization's `validAfter` has not passed yet (it is valid strictly after it).
    error AuthorizationNotYetValid(uint256 validAfter, uint256 currentTime);

    /// @notice The authorization's `validBefore` has been reached (it is valid strictly before it).
    error AuthorizationExpired(uint256 validBefore, uint256 currentTime);

    /// @notice The authorization with this nonce was already used: signatures cannot be replayed.
    error AuthorizationAlreadyUsed(address authorizer, bytes32 nonce);

    /// @notice The authorizer canceled this nonce before it was used.
    error AuthorizationAlreadyCanceled(address authorizer, bytes32 nonce);

    /// @notice The signature was not made by `authorizer` (EOA) nor accepted by it (ERC-1271).
    error InvalidAuthorizationSignature(address authorizer);

    /// @notice `receiveWithAuthorization` must be submitted by the payee itself.
    error CallerNotPayee(address caller, address payee);

    /// @notice EIP-712 type hash of `TransferWithAuthorization`.
    // solhint-disable-next-line func-name-mixedcase
    function TRANSFER_WITH_AUTHORIZATION_TYPEHASH() external view returns (bytes32);

    /// @notice EIP-712 type hash of `ReceiveWithAuthorization`.
    // solhint-disable-next-line func-name-mixedcase
    function RECEIVE_WITH_AUTHORIZATION_TYPEHASH() external view returns (bytes32);

    /// @notice EIP-712 type hash of `CancelAuthorization`.
    // solhint-disable-next-line func-name-mixedcase
    function CANCEL_AUTHORIZATION_TYPEHASH() external view returns (bytes32);

    /**
     * @notice Moves `value` from `from` to `to` with `from`'s signed authorization.
     * @dev Same as the `v, r, s` form, with a packed 65-byte ECDSA signature or ERC-1271 signature data.
     *
     * Requirements: `validAfter < block.timestamp < validBefore`; the nonce is neither used nor canceled;
     * `signature` is valid for `from`. Emits `AuthorizationUsed` and `Transfer`.
     */
    function transferWithAuthorization(
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce,
        bytes calldata signature
    ) external;

    /**
     * @notice Like `transferWithAuthorization`, but only the payee `to` may submit it, so a front-runner
     * cannot use the authorization before the payee's own contract logic runs.
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
        bytes calldata signature
    ) external;

    /**
     * @notice Cancels an unused authorization, with `authorizer`'s signature over `CancelAuthorization`.
     * @dev Requirements: the nonce is neither used nor canceled; `signature` is valid for `authorizer`.
     * Emits `AuthorizationCanceled`.
     */
    function cancelAuthorization(address authorizer, bytes32 nonce, bytes calldata signature) external;
}
