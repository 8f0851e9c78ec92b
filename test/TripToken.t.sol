// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC1363} from "@openzeppelin/contracts/interfaces/IERC1363.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC1363Utils} from "@openzeppelin/contracts/token/ERC20/utils/ERC1363Utils.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";

import {TripToken} from "../contracts/TripToken.sol";
import {ERC1363ReceiverMock} from "./mocks/ERC1363ReceiverMock.sol";
import {GreedySpender} from "./mocks/GreedySpender.sol";
import {TripFixture} from "./utils/TripFixture.sol";

/// @dev TRIP's ERC-20, permit, ERC-1363 and role surface. EIP-3009 is in EIP3009.t.sol.
contract TripTokenTest is TripFixture {
    bytes32 internal minterRole;
    bytes32 internal adminRole;

    function setUp() public override {
        super.setUp();
        minterRole = token.MINTER_ROLE();
        adminRole = token.DEFAULT_ADMIN_ROLE();
    }

    // --- metadata and roles ---------------------------------------------------------------------

    function test_metadata_isTripToken() public view {
        vm.assertEq(token.name(), "Trip Token", "name");
        vm.assertEq(token.symbol(), "TRIP", "symbol");
        vm.assertEq(token.decimals(), 18, "decimals");
        vm.assertEq(token.totalSupply(), 0, "no TRIP before the first buy");
    }

    function test_constructor_makesGivenAccountAdminOnly() public {
        TripToken fresh = new TripToken(alice);
        vm.assertTrue(fresh.hasRole(adminRole, alice), "alice is admin");
        vm.assertFalse(fresh.hasRole(adminRole, address(this)), "the creator is not");
        vm.assertFalse(fresh.hasRole(minterRole, alice), "nobody is minter yet");
    }

    function test_MINTER_ROLE_isHashOfName() public view {
        vm.assertEq(minterRole, keccak256("MINTER_ROLE"), "MINTER_ROLE");
    }

    function test_deployment_deskIsOnlyMinterAndAdminIsRenounced() public view {
        vm.assertTrue(token.hasRole(minterRole, address(desk)), "desk mints");
        vm.assertFalse(token.hasRole(minterRole, address(this)), "deployer does not mint");
        vm.assertFalse(token.hasRole(adminRole, address(this)), "deployer renounced admin");
        vm.assertEq(token.getRoleAdmin(minterRole), adminRole, "minters are managed by the (renounced) admin");
    }

    function test_grantRole_revertsAfterAdminRenounced() public {
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, address(this), adminRole)
        );
        token.grantRole(minterRole, address(this));
    }

    function test_revokeRole_revertsAfterAdminRenounced() public {
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, address(this), adminRole)
        );
        token.revokeRole(minterRole, address(desk));
        vm.assertTrue(token.hasRole(minterRole, address(desk)), "the desk keeps minting");
    }

    function test_attack_nobodyCanMintOrBurnOutsideDeskAfterRenounce() public {
        _buyTrip(alice, 1 ether);
        address[3] memory outsiders = [address(this), alice, merchant];
        for (uint256 i = 0; i < outsiders.length; ++i) {
            address outsider = outsiders[i];
            bytes memory notMinter = abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector,
                outsider,
                minterRole
            );
            vm.prank(outsider);
            vm.expectRevert(notMinter);
            token.mint(outsider, 1);

            vm.prank(outsider);
            vm.expectRevert(notMinter);
            token.burn(0);

            vm.prank(outsider);
            vm.expectRevert(notMinter);
            token.burnFrom(alice, 0);

            vm.prank(outsider);
            vm.expectRevert(
                abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, outsider, adminRole)
            );
            token.grantRole(minterRole, outsider);
        }
        vm.assertEq(token.totalSupply(), desk.outstanding(), "supply is still exactly the desk's");
    }

    function testFuzz_mint_revertsForAnyoneButDesk(address caller, uint256 amount) public {
        vm.assume(caller != address(desk));
        vm.prank(caller);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, caller, minterRole)
        );
        token.mint(caller, amount);
    }

    function test_renounceRole_revertsForSomeoneElsesRole() public {
        vm.prank(alice);
        vm.expectRevert(IAccessControl.AccessControlBadConfirmation.selector);
        token.renounceRole(minterRole, address(desk));
    }

    // --- mint and burn (desk only) -------------------------------------------------------------

    function test_mint_byDeskCreatesTrip() public {
        vm.expectEmit(address(token));
        emit IERC20.Transfer(address(0), alice, 5);
        vm.prank(address(desk));
        token.mint(alice, 5);
        vm.assertEq(token.balanceOf(alice), 5, "alice's balance");
        vm.assertEq(token.totalSupply(), 5, "supply");
    }

    function test_mint_revertsForZeroAddress() public {
        vm.prank(address(desk));
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(0)));
        token.mint(address(0), 1);
    }

    function test_burn_byDeskDestroysItsOwnTrip() public {
        vm.startPrank(address(desk));
        token.mint(address(desk), 7);
        vm.expectEmit(address(token));
        emit IERC20.Transfer(address(desk), address(0), 3);
        token.burn(3);
        vm.stopPrank();
        vm.assertEq(token.balanceOf(address(desk)), 4, "desk keeps the rest");
        vm.assertEq(token.totalSupply(), 4, "supply");
    }

    function test_burn_revertsBeyondDeskBalance() public {
        vm.prank(address(desk));
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, address(desk), 0, 1));
        token.burn(1);
    }

    function test_burn_revertsForHolder() public {
        _buyTrip(alice, 1);
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, alice, minterRole)
        );
        token.burn(RATE);
    }

    function test_burnFrom_byDeskSpendsAllowance() public {
        _buyTrip(alice, 1);
        vm.prank(alice);
        token.approve(address(desk), RATE);
        vm.prank(address(desk));
        token.burnFrom(alice, RATE);
        vm.assertEq(token.balanceOf(alice), 0, "burned");
        vm.assertEq(token.allowance(alice, address(desk)), 0, "allowance spent");
    }

    function test_burnFrom_byDeskRevertsWithoutAllowance() public {
        _buyTrip(alice, 1);
        vm.prank(address(desk));
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(desk), 0, RATE)
        );
        token.burnFrom(alice, RATE);
    }

    function test_burnFrom_revertsForHolderEvenWithAllowance() public {
        _buyTrip(alice, 1);
        vm.prank(alice);
        token.approve(bob, RATE);
        vm.prank(bob);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, bob, minterRole)
        );
        token.burnFrom(alice, RATE);
    }

    // --- ERC-20 ----------------------------------------------------------------------------------

    function test_transfer_movesTrip() public {
        _buyTrip(alice, 1);
        vm.expectEmit(address(token));
        emit IERC20.Transfer(alice, bob, 400);
        vm.prank(alice);
        vm.assertTrue(token.transfer(bob, 400), "returns true");
        vm.assertEq(token.balanceOf(alice), RATE - 400, "alice");
        vm.assertEq(token.balanceOf(bob), 400, "bob");
    }

    function test_transfer_revertsBeyondBalance() public {
        _buyTrip(alice, 1);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, RATE, RATE + 1));
        token.transfer(bob, RATE + 1);
    }

    function test_transfer_revertsToZeroAddress() public {
        _buyTrip(alice, 1);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(0)));
        token.transfer(address(0), 1);
    }

    function test_transferFrom_spendsAllowance() public {
        _buyTrip(alice, 1);
        vm.prank(alice);
        token.approve(bob, 600);
        vm.prank(bob);
        token.transferFrom(alice, merchant, 600);
        vm.assertEq(token.balanceOf(merchant), 600, "merchant");
        vm.assertEq(token.allowance(alice, bob), 0, "allowance spent");
    }

    function test_transferFrom_revertsBeyondAllowance() public {
        _buyTrip(alice, 1);
        vm.prank(alice);
        token.approve(bob, 600);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, bob, 600, 601));
        token.transferFrom(alice, merchant, 601);
    }

    function testFuzz_transfer_conservesSupply(uint256 ethIn, uint256 amount) public {
        ethIn = bound(ethIn, 1, 1e24);
        uint256 bought = _buyTrip(alice, ethIn);
        amount = bound(amount, 0, bought);
        vm.prank(alice);
        token.transfer(bob, amount);
        vm.assertEq(token.balanceOf(alice) + token.balanceOf(bob), token.totalSupply(), "no TRIP created");
        vm.assertEq(token.balanceOf(bob), amount, "bob got the amount");
    }

    // --- EIP-2612 permit ------------------------------------------------------------------------

    function test_DOMAIN_SEPARATOR_isTripTokenVersion1OnThisChain() public view {
        vm.assertEq(token.DOMAIN_SEPARATOR(), _domainSeparator(address(token)), "domain separator");
    }

    function test_eip712Domain_reportsNameVersionChainAndContract() public view {
        (, string memory name, string memory version, uint256 chainId, address verifyingContract, , ) = token
            .eip712Domain();
        vm.assertEq(name, "Trip Token", "name");
        vm.assertEq(version, "1", "version");
        vm.assertEq(chainId, block.chainid, "chain id");
        vm.assertEq(verifyingContract, address(token), "verifying contract");
    }

    function test_permit_setsAllowanceAndUsesNonce() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(aliceKey, bob, 500, deadline);
        vm.expectEmit(address(token));
        emit IERC20.Approval(alice, bob, 500);
        token.permit(alice, bob, 500, deadline, v, r, s);
        vm.assertEq(token.allowance(alice, bob), 500, "allowance");
        vm.assertEq(token.nonces(alice), 1, "nonce used");
    }

    function test_permit_thenTransferFrom() public {
        _buyTrip(alice, 1);
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(aliceKey, bob, 500, deadline);
        vm.startPrank(bob);
        token.permit(alice, bob, 500, deadline, v, r, s);
        token.transferFrom(alice, merchant, 500);
        vm.stopPrank();
        vm.assertEq(token.balanceOf(merchant), 500, "merchant was paid");
    }

    function test_permit_acceptsTheDeadlineItself() public {
        uint256 deadline = block.timestamp;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(aliceKey, bob, 1, deadline);
        token.permit(alice, bob, 1, deadline, v, r, s);
        vm.assertEq(token.allowance(alice, bob), 1, "allowance");
    }

    function test_permit_revertsAfterDeadline() public {
        uint256 deadline = block.timestamp;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(aliceKey, bob, 1, deadline);
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612ExpiredSignature.selector, deadline));
        token.permit(alice, bob, 1, deadline, v, r, s);
    }

    function test_permit_revertsForWrongSigner() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(bobKey, _permitDigest(alice, bob, 1, 0, deadline));
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, bob, alice));
        token.permit(alice, bob, 1, deadline, v, r, s);
    }

    function test_attack_permitReplay_reverts() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(aliceKey, bob, 1, deadline);
        token.permit(alice, bob, 1, deadline, v, r, s);
        // With nonce 1 the digest differs, so the old signature recovers some unrelated address.
        address recovered = ecrecover(_permitDigest(alice, bob, 1, 1, deadline), v, r, s);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, recovered, alice));
        token.permit(alice, bob, 1, deadline, v, r, s);
    }

    // --- ERC-165 ---------------------------------------------------------------------------------

    function test_supportsInterface_erc1363AccessControlAndErc165() public view {
        vm.assertTrue(token.supportsInterface(type(IERC1363).interfaceId), "ERC-1363");
        vm.assertTrue(token.supportsInterface(type(IAccessControl).interfaceId), "AccessControl");
        vm.assertTrue(token.supportsInterface(type(IERC165).interfaceId), "ERC-165");
        vm.assertFalse(token.supportsInterface(0xffffffff), "ERC-165's invalid id");
    }

    // --- ERC-1363 --------------------------------------------------------------------------------

    function test_transferAndCall_paysAndNotifiesReceiver() public {
        _buyTrip(alice, 1);
        ERC1363ReceiverMock receiver = new ERC1363ReceiverMock();
        vm.expectEmit(address(receiver));
        emit ERC1363ReceiverMock.TransferReceived(alice, alice, 300, "order 42");
        vm.prank(alice);
        vm.assertTrue(token.transferAndCall(address(receiver), 300, "order 42"), "returns true");
        vm.assertEq(token.balanceOf(address(receiver)), 300, "receiver paid");
    }

    function test_transferAndCall_withoutDataPassesEmptyData() public {
        _buyTrip(alice, 1);
        ERC1363ReceiverMock receiver = new ERC1363ReceiverMock();
        vm.expectEmit(address(receiver));
        emit ERC1363ReceiverMock.TransferReceived(alice, alice, 300, "");
        vm.prank(alice);
        token.transferAndCall(address(receiver), 300);
    }

    function test_transferAndCall_revertsForEoa() public {
        _buyTrip(alice, 1);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ERC1363Utils.ERC1363InvalidReceiver.selector, bob));
        token.transferAndCall(bob, 1);
    }

    function test_transferAndCall_revertsWhenReceiverAnswersWrongly() public {
        _buyTrip(alice, 1);
        ERC1363ReceiverMock receiver = new ERC1363ReceiverMock();
        receiver.setBehavior(ERC1363ReceiverMock.Behavior.ReturnWrongSelector);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ERC1363Utils.ERC1363InvalidReceiver.selector, address(receiver)));
        token.transferAndCall(address(receiver), 1);
    }

    function test_transferAndCall_bubblesReceiversRevert() public {
        _buyTrip(alice, 1);
        ERC1363ReceiverMock receiver = new ERC1363ReceiverMock();
        receiver.setBehavior(ERC1363ReceiverMock.Behavior.Revert);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ERC1363ReceiverMock.Refused.selector, 1));
        token.transferAndCall(address(receiver), 1);
        vm.assertEq(token.balanceOf(alice), RATE, "the transfer was undone");
    }

    function test_transferFromAndCall_spendsAllowanceAndNotifiesWithOperator() public {
        _buyTrip(alice, 1);
        ERC1363ReceiverMock receiver = new ERC1363ReceiverMock();
        vm.prank(alice);
        token.approve(bob, 300);
        vm.expectEmit(address(receiver));
        emit ERC1363ReceiverMock.TransferReceived(bob, alice, 300, "");
        vm.prank(bob);
        vm.assertTrue(token.transferFromAndCall(alice, address(receiver), 300), "returns true");
        vm.assertEq(token.allowance(alice, bob), 0, "allowance spent");
    }

    function test_transferFromAndCall_revertsForEoa() public {
        _buyTrip(alice, 1);
        vm.prank(alice);
        token.approve(bob, 300);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(ERC1363Utils.ERC1363InvalidReceiver.selector, merchant));
        token.transferFromAndCall(alice, merchant, 300, "");
    }

    function test_approveAndCall_approvesAndNotifiesSpender() public {
        ERC1363ReceiverMock spender = new ERC1363ReceiverMock();
        vm.expectEmit(address(spender));
        emit ERC1363ReceiverMock.ApprovalReceived(alice, 250, "");
        vm.prank(alice);
        vm.assertTrue(token.approveAndCall(address(spender), 250), "returns true");
        vm.assertEq(token.allowance(alice, address(spender)), 250, "allowance");
    }

    function test_approveAndCall_revertsForEoa() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ERC1363Utils.ERC1363InvalidSpender.selector, bob));
        token.approveAndCall(bob, 1);
    }

    function test_approveAndCall_revertsWhenSpenderAnswersWrongly() public {
        ERC1363ReceiverMock spender = new ERC1363ReceiverMock();
        spender.setBehavior(ERC1363ReceiverMock.Behavior.ReturnWrongSelector);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ERC1363Utils.ERC1363InvalidSpender.selector, address(spender)));
        token.approveAndCall(address(spender), 1, "");
    }

    function test_attack_erc1363SpenderReenteringTokenCannotExceedAllowance() public {
        _buyTrip(alice, 1);
        GreedySpender spender = new GreedySpender();
        vm.prank(alice);
        // The first pull spends the whole allowance; the re-entrant second one finds none left.
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(spender), 0, 400)
        );
        token.approveAndCall(address(spender), 400);
        vm.assertEq(token.balanceOf(alice), RATE, "alice lost nothing");
    }
}
