// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;
import {Test} from "./utils/Test.sol";
import {TripToken} from "../contracts/TripToken.sol";
import {TripExchange} from "../contracts/TripExchange.sol";
import {ITripExchange} from "../contracts/interfaces/ITripExchange.sol";
contract SmokeTest is Test {
    TripToken token;
    TripExchange desk;
    function setUp() public {
        token = new TripToken(address(this));
        desk = new TripExchange(token, 1000);
        token.grantRole(token.MINTER_ROLE(), address(desk));
    }
    function test_buy() public {
        address a = makeAddr("alice");
        vm.deal(a, 1 ether);
        vm.prank(a);
        desk.buy{value: 1 ether}();
        vm.assertEq(token.balanceOf(a), 1000 ether, "bal");
    }
    function testFuzz_buy(uint256 x) public {
        x = bound(x, 1, 1e24);
        address a = makeAddr("alice");
        vm.deal(a, x);
        vm.prank(a);
        desk.buy{value: x}();
        vm.assertEq(token.balanceOf(a), x * 1000, "bal");
    }
    function test_zero() public {
        vm.expectRevert(ITripExchange.ZeroAmount.selector);
        desk.buy();
    }
}
