// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC3009, IERC3009Cancel} from "@openzeppelin/contracts/interfaces/draft-IERC3009.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {TripExchange} from "../contracts/TripExchange.sol";
import {TripToken} from "../contracts/TripToken.sol";
import {IEIP3009} from "../contracts/interfaces/IEIP3009.sol";
import {ERC1271WalletMock} from "../contracts/mocks/ERC1271WalletMock.sol";
import {TripFixture} from "./utils/TripFixture.sol";

/// @dev EIP-3009 on TRIP: USDC's surface, time windows, nonces, cancellation and ERC-1271 signers.
contract EIP3009Test is TripFixture {
    /// @dev secp256k1's order: `s` above half of it is the malleable twin of a valid signature.
    uint256 internal constant SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;

    uint256 internal constant START = 1_700_000_000;
    uint256 internal constant PRICE = 250;

    function setUp() public override {
        super.setUp();
        vm.warp(START);
        _buyTrip(alice, 1);
    }

    /// @dev Alice pays the merchant `PRICE` within the next hour.
    function _payment(bytes32 nonce) internal view returns (Authorization memory) {
        return Authorization(alice, merchant, PRICE, START - 1, START + 1 hours, nonce);
    }

    function _sign(
        uint256 key,
        bytes32 typehash,
        Authorization memory auth
    ) internal view returns (uint8, bytes32, bytes32) {
        return vm.sign(key, _authorizationDigest(address(token), typehash, auth));
    }

    function _signTransfer(uint256 key, Authorization memory auth) internal view returns (uint8, bytes32, bytes32) {
        return _sign(key, USDC_TRANSFER_WITH_AUTHORIZATION_TYPEHASH, auth);
    }

    function _signReceive(uint256 key, Authorization memory auth) internal view returns (uint8, bytes32, bytes32) {
        return _sign(key, USDC_RECEIVE_WITH_AUTHORIZATION_TYPEHASH, auth);
    }

    function _transfer(Authorization memory auth, uint8 v, bytes32 r, bytes32 s) internal {
        token.transferWithAuthorization(
            auth.from,
            auth.to,
            auth.value,
            auth.validAfter,
            auth.validBefore,
            auth.nonce,
            v,
            r,
            s
        );
    }

    function _transfer(Authorization memory auth, bytes memory signature) internal {
        token.transferWithAuthorization(
            auth.from,
            auth.to,
            auth.value,
            auth.validAfter,
            auth.validBefore,
            auth.nonce,
            signature
        );
    }

    function _receive(Authorization memory auth, uint8 v, bytes32 r, bytes32 s) internal {
        token.receiveWithAuthorization(
            auth.from,
            auth.to,
            auth.value,
            auth.validAfter,
            auth.validBefore,
            auth.nonce,
            v,
            r,
            s
        );
    }

    function _receive(Authorization memory auth, bytes memory signature) internal {
        token.receiveWithAuthorization(
            auth.from,
            auth.to,
            auth.value,
            auth.validAfter,
            auth.validBefore,
            auth.nonce,
            signature
        );
    }

    function _expectPaid(Authorization memory auth) internal {
        vm.expectEmit(address(token));
        emit IERC3009.AuthorizationUsed(auth.from, auth.nonce);
        vm.expectEmit(address(token));
        emit IERC20.Transfer(auth.from, auth.to, auth.value);
    }

    function _assertPaid(Authorization memory auth, uint256 payerBalanceBefore) internal view {
        vm.assertEq(token.balanceOf(auth.from), payerBalanceBefore - auth.value, "payer debited");
        vm.assertEq(token.balanceOf(auth.to), auth.value, "payee credited");
        vm.assertTrue(token.authorizationState(auth.from, auth.nonce), "nonce spent");
    }

    function _expectRevertInvalidSignature(address authorizer) internal {
        vm.expectRevert(abi.encodeWithSelector(IEIP3009.InvalidAuthorizationSignature.selector, authorizer));
    }

    // --- USDC's surface --------------------------------------------------------------------------

    function test_typehashes_areUsdcs() public view {
        vm.assertEq(
            token.TRANSFER_WITH_AUTHORIZATION_TYPEHASH(),
            USDC_TRANSFER_WITH_AUTHORIZATION_TYPEHASH,
            "transfer"
        );
        vm.assertEq(token.RECEIVE_WITH_AUTHORIZATION_TYPEHASH(), USDC_RECEIVE_WITH_AUTHORIZATION_TYPEHASH, "receive");
        vm.assertEq(token.CANCEL_AUTHORIZATION_TYPEHASH(), USDC_CANCEL_AUTHORIZATION_TYPEHASH, "cancel");
    }

    function test_authorizationState_isFalseForFreshNonce() public view {
        vm.assertFalse(token.authorizationState(alice, keccak256("fresh")), "unused");
    }

    // --- transferWithAuthorization ---------------------------------------------------------------

    function test_transferWithAuthorization_vrs_paysAndSpendsNonce() public {
        Authorization memory auth = _payment("n1");
        (uint8 v, bytes32 r, bytes32 s) = _signTransfer(aliceKey, auth);
        _expectPaid(auth);
        vm.prank(bob); // anyone may relay it
        _transfer(auth, v, r, s);
        _assertPaid(auth, RATE);
    }

    function test_transferWithAuthorization_bytes_paysAndSpendsNonce() public {
        Authorization memory auth = _payment("n1");
        (uint8 v, bytes32 r, bytes32 s) = _signTransfer(aliceKey, auth);
        _expectPaid(auth);
        vm.prank(merchant);
        _transfer(auth, _packed(v, r, s));
        _assertPaid(auth, RATE);
    }

    function test_transferWithAuthorization_leavesRelayersBalancesAlone() public {
        Authorization memory auth = _payment("n1");
        (uint8 v, bytes32 r, bytes32 s) = _signTransfer(aliceKey, auth);
        vm.deal(alice, 3 ether);
        vm.prank(merchant);
        _transfer(auth, v, r, s);
        vm.assertEq(alice.balance, 3 ether, "the payer's ETH is untouched");
    }

    function test_transferWithAuthorization_revertsAtValidAfter() public {
        Authorization memory auth = _payment("n1");
        auth.validAfter = START;
        (uint8 v, bytes32 r, bytes32 s) = _signTransfer(aliceKey, auth);
        vm.expectRevert(abi.encodeWithSelector(IEIP3009.AuthorizationNotYetValid.selector, START, START));
        _transfer(auth, v, r, s);
    }

    function test_transferWithAuthorization_revertsAtValidBefore() public {
        Authorization memory auth = _payment("n1");
        auth.validBefore = START;
        (uint8 v, bytes32 r, bytes32 s) = _signTransfer(aliceKey, auth);
        vm.expectRevert(abi.encodeWithSelector(IEIP3009.AuthorizationExpired.selector, START, START));
        _transfer(auth, v, r, s);
    }

    function test_transferWithAuthorization_revertsOnceExpired() public {
        Authorization memory auth = _payment("n1");
        (uint8 v, bytes32 r, bytes32 s) = _signTransfer(aliceKey, auth);
        vm.warp(START + 2 hours);
        vm.expectRevert(
            abi.encodeWithSelector(IEIP3009.AuthorizationExpired.selector, START + 1 hours, START + 2 hours)
        );
        _transfer(auth, v, r, s);
    }

    function test_transferWithAuthorization_worksOnceWindowOpens() public {
        Authorization memory auth = _payment("n1");
        auth.validAfter = START + 10 minutes;
        (uint8 v, bytes32 r, bytes32 s) = _signTransfer(aliceKey, auth);
        vm.expectRevert(abi.encodeWithSelector(IEIP3009.AuthorizationNotYetValid.selector, START + 10 minutes, START));
        _transfer(auth, v, r, s);
        vm.warp(START + 10 minutes + 1);
        _transfer(auth, v, r, s);
        _assertPaid(auth, RATE);
    }

    function test_transferWithAuthorization_revertsForWrongSigner() public {
        Authorization memory auth = _payment("n1");
        (uint8 v, bytes32 r, bytes32 s) = _signTransfer(bobKey, auth);
        _expectRevertInvalidSignature(alice);
        _transfer(auth, v, r, s);
    }

    function test_transferWithAuthorization_revertsForTamperedValue() public {
        Authorization memory auth = _payment("n1");
        (uint8 v, bytes32 r, bytes32 s) = _signTransfer(aliceKey, auth);
        auth.value = PRICE + 1;
        _expectRevertInvalidSignature(alice);
        _transfer(auth, v, r, s);
    }

    function test_transferWithAuthorization_revertsForRedirectedPayee() public {
        Authorization memory auth = _payment("n1");
        (uint8 v, bytes32 r, bytes32 s) = _signTransfer(aliceKey, auth);
        auth.to = bob;
        _expectRevertInvalidSignature(alice);
        _transfer(auth, v, r, s);
    }

    function test_transferWithAuthorization_revertsForReceiveAuthorization() public {
        Authorization memory auth = _payment("n1");
        (uint8 v, bytes32 r, bytes32 s) = _signReceive(aliceKey, auth);
        _expectRevertInvalidSignature(alice);
        _transfer(auth, v, r, s);
    }

    function test_transferWithAuthorization_revertsForMalformedSignature() public {
        Authorization memory auth = _payment("n1");
        (, bytes32 r, bytes32 s) = _signTransfer(aliceKey, auth);
        _expectRevertInvalidSignature(alice);
        _transfer(auth, abi.encodePacked(r, s)); // 64 bytes: not a signature this token accepts
    }

    function test_transferWithAuthorization_revertsBeyondBalance() public {
        Authorization memory auth = _payment("n1");
        auth.value = RATE + 1;
        (uint8 v, bytes32 r, bytes32 s) = _signTransfer(aliceKey, auth);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, RATE, RATE + 1));
        _transfer(auth, v, r, s);
        vm.assertFalse(token.authorizationState(alice, auth.nonce), "the nonce stays usable");
    }

    function test_transferWithAuthorization_revertsForZeroAddressPayee() public {
        Authorization memory auth = _payment("n1");
        auth.to = address(0);
        (uint8 v, bytes32 r, bytes32 s) = _signTransfer(aliceKey, auth);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(0)));
        _transfer(auth, v, r, s);
    }

    function test_transferWithAuthorization_noncesAreIndependentAndUnordered() public {
        Authorization memory first = _payment("first");
        Authorization memory second = _payment("second");
        (uint8 v2, bytes32 r2, bytes32 s2) = _signTransfer(aliceKey, second);
        (uint8 v1, bytes32 r1, bytes32 s1) = _signTransfer(aliceKey, first);
        _transfer(second, v2, r2, s2);
        _transfer(first, v1, r1, s1);
        vm.assertEq(token.balanceOf(merchant), 2 * PRICE, "both payments went through, in any order");
    }

    // --- receiveWithAuthorization ----------------------------------------------------------------

    function test_receiveWithAuthorization_vrs_paysWhenPayeeSubmits() public {
        Authorization memory auth = _payment("n1");
        (uint8 v, bytes32 r, bytes32 s) = _signReceive(aliceKey, auth);
        _expectPaid(auth);
        vm.prank(merchant);
        _receive(auth, v, r, s);
        _assertPaid(auth, RATE);
    }

    function test_receiveWithAuthorization_bytes_paysWhenPayeeSubmits() public {
        Authorization memory auth = _payment("n1");
        (uint8 v, bytes32 r, bytes32 s) = _signReceive(aliceKey, auth);
        _expectPaid(auth);
        vm.prank(merchant);
        _receive(auth, _packed(v, r, s));
        _assertPaid(auth, RATE);
    }

    function test_attack_receiveWithAuthorization_frontRunByOthers_reverts() public {
        Authorization memory auth = _payment("n1");
        (uint8 v, bytes32 r, bytes32 s) = _signReceive(aliceKey, auth);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IEIP3009.CallerNotPayee.selector, bob, merchant));
        _receive(auth, v, r, s);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IEIP3009.CallerNotPayee.selector, bob, merchant));
        _receive(auth, _packed(v, r, s));
    }

    function test_receiveWithAuthorization_revertsForTransferAuthorization() public {
        Authorization memory auth = _payment("n1");
        (uint8 v, bytes32 r, bytes32 s) = _signTransfer(aliceKey, auth);
        vm.prank(merchant);
        _expectRevertInvalidSignature(alice);
        _receive(auth, v, r, s);
    }

    function test_receiveWithAuthorization_revertsOutsideWindow() public {
        Authorization memory auth = _payment("n1");
        (uint8 v, bytes32 r, bytes32 s) = _signReceive(aliceKey, auth);
        vm.warp(START + 1 hours);
        vm.prank(merchant);
        vm.expectRevert(
            abi.encodeWithSelector(IEIP3009.AuthorizationExpired.selector, START + 1 hours, START + 1 hours)
        );
        _receive(auth, v, r, s);
    }

    function test_receiveWithAuthorization_revertsOnReplay() public {
        Authorization memory auth = _payment("n1");
        (uint8 v, bytes32 r, bytes32 s) = _signReceive(aliceKey, auth);
        vm.startPrank(merchant);
        _receive(auth, v, r, s);
        vm.expectRevert(abi.encodeWithSelector(IEIP3009.AuthorizationAlreadyUsed.selector, alice, auth.nonce));
        _receive(auth, v, r, s);
        vm.stopPrank();
    }

    // --- cancelAuthorization ---------------------------------------------------------------------

    function test_cancelAuthorization_vrs_spendsNonce() public {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(aliceKey, _cancelDigest(address(token), alice, "n1"));
        vm.expectEmit(address(token));
        emit IERC3009Cancel.AuthorizationCanceled(alice, "n1");
        vm.prank(bob);
        token.cancelAuthorization(alice, "n1", v, r, s);
        vm.assertTrue(token.authorizationState(alice, "n1"), "nonce spent");
    }

    function test_cancelAuthorization_bytes_spendsNonce() public {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(aliceKey, _cancelDigest(address(token), alice, "n1"));
        vm.expectEmit(address(token));
        emit IERC3009Cancel.AuthorizationCanceled(alice, "n1");
        token.cancelAuthorization(alice, "n1", _packed(v, r, s));
        vm.assertTrue(token.authorizationState(alice, "n1"), "nonce spent");
    }

    function test_attack_cancelThenUse_reverts() public {
        Authorization memory auth = _payment("n1");
        (uint8 v, bytes32 r, bytes32 s) = _signTransfer(aliceKey, auth);
        (uint8 cv, bytes32 cr, bytes32 cs) = vm.sign(aliceKey, _cancelDigest(address(token), alice, auth.nonce));
        token.cancelAuthorization(alice, auth.nonce, cv, cr, cs);

        bytes memory canceled = abi.encodeWithSelector(
            IEIP3009.AuthorizationAlreadyCanceled.selector,
            alice,
            auth.nonce
        );
        vm.expectRevert(canceled);
        _transfer(auth, v, r, s);
        vm.expectRevert(canceled);
        _transfer(auth, _packed(v, r, s));
        (v, r, s) = _signReceive(aliceKey, auth);
        vm.prank(merchant);
        vm.expectRevert(canceled);
        _receive(auth, v, r, s);
        vm.assertEq(token.balanceOf(merchant), 0, "nothing was paid");
    }

    function test_cancelAuthorization_revertsWhenAlreadyCanceled() public {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(aliceKey, _cancelDigest(address(token), alice, "n1"));
        token.cancelAuthorization(alice, "n1", v, r, s);
        vm.expectRevert(abi.encodeWithSelector(IEIP3009.AuthorizationAlreadyCanceled.selector, alice, bytes32("n1")));
        token.cancelAuthorization(alice, "n1", v, r, s);
    }

    function test_cancelAuthorization_revertsWhenAlreadyUsed() public {
        Authorization memory auth = _payment("n1");
        (uint8 v, bytes32 r, bytes32 s) = _signTransfer(aliceKey, auth);
        _transfer(auth, v, r, s);
        (v, r, s) = vm.sign(aliceKey, _cancelDigest(address(token), alice, auth.nonce));
        vm.expectRevert(abi.encodeWithSelector(IEIP3009.AuthorizationAlreadyUsed.selector, alice, auth.nonce));
        token.cancelAuthorization(alice, auth.nonce, _packed(v, r, s));
    }

    function test_cancelAuthorization_revertsForWrongSigner() public {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(bobKey, _cancelDigest(address(token), alice, "n1"));
        _expectRevertInvalidSignature(alice);
        token.cancelAuthorization(alice, "n1", v, r, s);
        vm.assertFalse(token.authorizationState(alice, "n1"), "still usable");
    }

    // --- ERC-1271 smart-account signers ----------------------------------------------------------

    function _fundedWallet() internal returns (ERC1271WalletMock wallet, Authorization memory auth) {
        wallet = new ERC1271WalletMock(bob);
        vm.prank(alice);
        token.transfer(address(wallet), RATE);
        auth = Authorization(address(wallet), merchant, PRICE, START - 1, START + 1 hours, "w1");
    }

    function test_transferWithAuthorization_erc1271_vrs_pays() public {
        (ERC1271WalletMock wallet, Authorization memory auth) = _fundedWallet();
        (uint8 v, bytes32 r, bytes32 s) = _signTransfer(bobKey, auth);
        _expectPaid(auth);
        _transfer(auth, v, r, s);
        _assertPaid(auth, RATE);
        vm.assertEq(wallet.owner(), bob, "the wallet's key signed");
    }

    function test_transferWithAuthorization_erc1271_bytes_pays() public {
        (, Authorization memory auth) = _fundedWallet();
        (uint8 v, bytes32 r, bytes32 s) = _signTransfer(bobKey, auth);
        _expectPaid(auth);
        _transfer(auth, _packed(v, r, s));
        _assertPaid(auth, RATE);
    }

    function test_receiveWithAuthorization_erc1271_bothForms_pay() public {
        (, Authorization memory auth) = _fundedWallet();
        (uint8 v, bytes32 r, bytes32 s) = _signReceive(bobKey, auth);
        vm.prank(merchant);
        _receive(auth, v, r, s);
        auth.nonce = "w2";
        (v, r, s) = _signReceive(bobKey, auth);
        vm.prank(merchant);
        _receive(auth, _packed(v, r, s));
        vm.assertEq(token.balanceOf(merchant), 2 * PRICE, "paid twice");
    }

    function test_transferWithAuthorization_erc1271_revertsWhenWalletRejects() public {
        (ERC1271WalletMock wallet, Authorization memory auth) = _fundedWallet();
        (uint8 v, bytes32 r, bytes32 s) = _signTransfer(aliceKey, auth); // not the wallet's key
        _expectRevertInvalidSignature(address(wallet));
        _transfer(auth, v, r, s);
        _expectRevertInvalidSignature(address(wallet));
        _transfer(auth, hex"1234"); // not even a signature
    }

    function test_cancelAuthorization_erc1271_bothForms() public {
        ERC1271WalletMock wallet = new ERC1271WalletMock(bob);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(bobKey, _cancelDigest(address(token), address(wallet), "w1"));
        token.cancelAuthorization(address(wallet), "w1", v, r, s);
        (v, r, s) = vm.sign(bobKey, _cancelDigest(address(token), address(wallet), "w2"));
        token.cancelAuthorization(address(wallet), "w2", _packed(v, r, s));
        vm.assertTrue(token.authorizationState(address(wallet), "w1"), "w1 canceled");
        vm.assertTrue(token.authorizationState(address(wallet), "w2"), "w2 canceled");
        (v, r, s) = vm.sign(aliceKey, _cancelDigest(address(token), address(wallet), "w3"));
        _expectRevertInvalidSignature(address(wallet));
        token.cancelAuthorization(address(wallet), "w3", v, r, s);
    }

    // --- replay and forgery ----------------------------------------------------------------------

    function test_attack_replaySameAuthorization_reverts() public {
        Authorization memory auth = _payment("n1");
        (uint8 v, bytes32 r, bytes32 s) = _signTransfer(aliceKey, auth);
        _transfer(auth, v, r, s);
        vm.expectRevert(abi.encodeWithSelector(IEIP3009.AuthorizationAlreadyUsed.selector, alice, auth.nonce));
        _transfer(auth, v, r, s);
        vm.expectRevert(abi.encodeWithSelector(IEIP3009.AuthorizationAlreadyUsed.selector, alice, auth.nonce));
        _transfer(auth, _packed(v, r, s));
        vm.assertEq(token.balanceOf(merchant), PRICE, "paid once");
    }

    function test_attack_replayUnderAnotherNonce_reverts() public {
        Authorization memory auth = _payment("n1");
        (uint8 v, bytes32 r, bytes32 s) = _signTransfer(aliceKey, auth);
        _transfer(auth, v, r, s);
        auth.nonce = "n2";
        _expectRevertInvalidSignature(alice);
        _transfer(auth, v, r, s);
    }

    function test_attack_replayOnAnotherChain_reverts() public {
        Authorization memory auth = _payment("n1");
        (uint8 v, bytes32 r, bytes32 s) = _signTransfer(aliceKey, auth);
        uint256 home = block.chainid;
        bytes32 homeDomain = token.DOMAIN_SEPARATOR();
        vm.chainId(home + 1); // e.g. the same deployment on a fork
        vm.assertNotEq(uint256(token.DOMAIN_SEPARATOR()), uint256(homeDomain), "the domain follows the chain id");
        _expectRevertInvalidSignature(alice);
        _transfer(auth, v, r, s);
        vm.chainId(home);
        _transfer(auth, v, r, s);
        _assertPaid(auth, RATE);
    }

    function test_attack_replayOnAnotherTripToken_reverts() public {
        TripToken other = new TripToken(address(this));
        TripExchange otherDesk = new TripExchange(other, RATE);
        other.grantRole(other.MINTER_ROLE(), address(otherDesk));
        vm.deal(alice, 1);
        vm.prank(alice);
        otherDesk.buy{value: 1}();

        Authorization memory auth = _payment("n1");
        (uint8 v, bytes32 r, bytes32 s) = _signTransfer(aliceKey, auth);
        vm.expectRevert(abi.encodeWithSelector(IEIP3009.InvalidAuthorizationSignature.selector, alice));
        other.transferWithAuthorization(
            auth.from,
            auth.to,
            auth.value,
            auth.validAfter,
            auth.validBefore,
            auth.nonce,
            v,
            r,
            s
        );
        vm.assertEq(other.balanceOf(merchant), 0, "the other token moved nothing");
    }

    function test_attack_malleableSignature_reverts() public {
        Authorization memory auth = _payment("n1");
        (uint8 v, bytes32 r, bytes32 s) = _signTransfer(aliceKey, auth);
        // (r, n - s, v ^ 1) recovers the same key, but OpenZeppelin's ECDSA accepts only low-s.
        bytes32 highS = bytes32(SECP256K1_N - uint256(s));
        uint8 flippedV = v == 27 ? 28 : 27;
        vm.assertEq(
            ecrecover(
                _authorizationDigest(address(token), USDC_TRANSFER_WITH_AUTHORIZATION_TYPEHASH, auth),
                flippedV,
                r,
                highS
            ),
            alice,
            "twin recovers alice"
        );
        _expectRevertInvalidSignature(alice);
        _transfer(auth, flippedV, r, highS);
    }

    function test_attack_permitSignatureIsNoAuthorization() public {
        Authorization memory auth = _payment("n1");
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(aliceKey, _permitDigest(alice, merchant, PRICE, 0, START + 1 hours));
        _expectRevertInvalidSignature(alice);
        _transfer(auth, v, r, s);
    }

    // --- fuzz ------------------------------------------------------------------------------------

    function testFuzz_transferWithAuthorization_timeWindow(
        uint256 validAfter,
        uint256 validBefore,
        uint256 now_
    ) public {
        now_ = bound(now_, START, type(uint64).max);
        // Windows around "now", so opened, not-yet-open and expired ones all come up.
        validAfter = bound(validAfter, now_ - 1 days, now_ + 1 days);
        validBefore = bound(validBefore, now_ - 1 days, now_ + 1 days);
        vm.warp(now_);
        Authorization memory auth = Authorization(alice, merchant, PRICE, validAfter, validBefore, "window");
        (uint8 v, bytes32 r, bytes32 s) = _signTransfer(aliceKey, auth);
        if (now_ <= validAfter) {
            vm.expectRevert(abi.encodeWithSelector(IEIP3009.AuthorizationNotYetValid.selector, validAfter, now_));
        } else if (now_ >= validBefore) {
            vm.expectRevert(abi.encodeWithSelector(IEIP3009.AuthorizationExpired.selector, validBefore, now_));
        }
        _transfer(auth, v, r, s);
        bool open = validAfter < now_ && now_ < validBefore;
        vm.assertEq(token.authorizationState(alice, "window"), open, "spent exactly when inside the window");
        vm.assertEq(token.balanceOf(merchant), open ? PRICE : 0, "paid exactly when inside the window");
    }

    function testFuzz_transferWithAuthorization_paysAnyAmountUpToBalance(
        uint256 ethIn,
        uint256 value,
        bytes32 nonce
    ) public {
        ethIn = bound(ethIn, 1, 1e24);
        _buyTrip(alice, ethIn);
        uint256 balance = token.balanceOf(alice);
        value = bound(value, 0, balance);
        Authorization memory auth = Authorization(alice, merchant, value, 0, type(uint256).max, nonce);
        (uint8 v, bytes32 r, bytes32 s) = _signTransfer(aliceKey, auth);
        _transfer(auth, _packed(v, r, s));
        vm.assertEq(token.balanceOf(alice), balance - value, "payer");
        vm.assertEq(token.balanceOf(merchant), value, "payee");
        vm.assertTrue(token.authorizationState(alice, nonce), "nonce spent");
    }

    function testFuzz_authorizationState_noncesDoNotInterfere(bytes32 used, bytes32 other) public {
        vm.assume(used != other);
        Authorization memory auth = _payment(used);
        (uint8 v, bytes32 r, bytes32 s) = _signTransfer(aliceKey, auth);
        _transfer(auth, v, r, s);
        vm.assertTrue(token.authorizationState(alice, used), "used");
        vm.assertFalse(token.authorizationState(alice, other), "other nonce untouched");
        vm.assertFalse(token.authorizationState(bob, used), "same nonce of another authorizer untouched");
    }
}
