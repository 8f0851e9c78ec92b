// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TripExchange} from "../../contracts/TripExchange.sol";
import {TripToken} from "../../contracts/TripToken.sol";
import {Test} from "./Test.sol";

/**
 * @title What a test needs to use a TRIP deployment: buy at the desk, sign permits and authorizations
 * @dev The EIP-712 helpers rebuild digests from the standards' definitions (and USDC's published type
 * hashes) instead of asking the token, so a wrong domain or type hash in the token fails the tests.
 */
abstract contract TripClient is Test {
    /// @dev TRIP base units per wei, as in deploy/parameters.
    uint256 internal constant RATE = 1000;

    bytes32 internal constant EIP712_DOMAIN_TYPEHASH = keccak256(
        "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
    );
    bytes32 internal constant PERMIT_TYPEHASH = keccak256(
        "Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"
    );

    // The EIP-3009 type hashes exactly as USDC (FiatToken v2) publishes them.
    bytes32 internal constant USDC_TRANSFER_WITH_AUTHORIZATION_TYPEHASH =
        0x7c7c6cdb67a18743f49ec6fa9b35f50d52ed05cbed4cc592e13b44501c1a2267;
    bytes32 internal constant USDC_RECEIVE_WITH_AUTHORIZATION_TYPEHASH =
        0xd099cc98ef71107a616c4f0f941f04c322d8e254fe26b3c6668db87aae413de8;
    bytes32 internal constant USDC_CANCEL_AUTHORIZATION_TYPEHASH =
        0x158b0a9edf7a828aad02f63cd515c68ef2f50ba807396f6d12842833a1597429;

    /// @dev An EIP-3009 authorization's signed fields, kept together to stay clear of stack limits.
    struct Authorization {
        address from;
        address to;
        uint256 value;
        uint256 validAfter;
        uint256 validBefore;
        bytes32 nonce;
    }

    TripToken internal token;
    TripExchange internal desk;

    /// @dev `buyer` changes `ethIn` fresh wei into TRIP at the desk.
    function _buyTrip(address buyer, uint256 ethIn) internal returns (uint256 tripOut) {
        vm.deal(buyer, buyer.balance + ethIn);
        vm.prank(buyer);
        tripOut = desk.buy{value: ethIn}();
    }

    function _domainSeparator(address verifyingContract) internal view returns (bytes32) {
        return
            keccak256(
                abi.encode(
                    EIP712_DOMAIN_TYPEHASH,
                    keccak256("Trip Token"),
                    keccak256("1"),
                    block.chainid,
                    verifyingContract
                )
            );
    }

    /// @dev The EIP-712 digest of `structHash` in TRIP's domain at `verifyingContract` on this chain.
    function _digest(address verifyingContract, bytes32 structHash) internal view returns (bytes32) {
        return keccak256(abi.encodePacked("\x19\x01", _domainSeparator(verifyingContract), structHash));
    }

    function _permitDigest(
        address owner,
        address spender,
        uint256 value,
        uint256 nonce,
        uint256 deadline
    ) internal view returns (bytes32) {
        return _digest(address(token), keccak256(abi.encode(PERMIT_TYPEHASH, owner, spender, value, nonce, deadline)));
    }

    function _signPermit(
        uint256 ownerKey,
        address spender,
        uint256 value,
        uint256 deadline
    ) internal view returns (uint8 v, bytes32 r, bytes32 s) {
        address owner = vm.addr(ownerKey);
        return vm.sign(ownerKey, _permitDigest(owner, spender, value, token.nonces(owner), deadline));
    }

    /// @dev `typehash` is the USDC type string's hash for a transfer or receive authorization.
    function _authorizationDigest(
        address verifyingContract,
        bytes32 typehash,
        Authorization memory auth
    ) internal view returns (bytes32) {
        return
            _digest(
                verifyingContract,
                keccak256(
                    abi.encode(typehash, auth.from, auth.to, auth.value, auth.validAfter, auth.validBefore, auth.nonce)
                )
            );
    }

    function _cancelDigest(
        address verifyingContract,
        address authorizer,
        bytes32 nonce
    ) internal view returns (bytes32) {
        return _digest(verifyingContract, keccak256(abi.encode(USDC_CANCEL_AUTHORIZATION_TYPEHASH, authorizer, nonce)));
    }

    /// @dev The 65-byte `r ‖ s ‖ v` form the `bytes signature` overloads take.
    function _packed(uint8 v, bytes32 r, bytes32 s) internal pure returns (bytes memory) {
        return abi.encodePacked(r, s, v);
    }
}
