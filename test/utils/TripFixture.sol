// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TripExchange} from "../../contracts/TripExchange.sol";
import {TripToken} from "../../contracts/TripToken.sol";
import {TripClient} from "./TripClient.sol";

/**
 * @title TRIP and its desk, deployed the way the Ignition module does it, and three people
 * @dev The test contract plays the deployer: it grants `MINTER_ROLE` to the desk and then renounces
 * the admin role, so every test runs against the deployed state.
 */
abstract contract TripFixture is TripClient {
    address internal alice;
    uint256 internal aliceKey;
    address internal bob;
    uint256 internal bobKey;
    address internal merchant;

    function setUp() public virtual {
        token = new TripToken(address(this));
        desk = new TripExchange(token, RATE);
        token.grantRole(token.MINTER_ROLE(), address(desk));
        token.renounceRole(token.DEFAULT_ADMIN_ROLE(), address(this));

        (alice, aliceKey) = makeAddrAndKey("alice");
        (bob, bobKey) = makeAddrAndKey("bob");
        merchant = makeAddr("merchant");
    }
}
