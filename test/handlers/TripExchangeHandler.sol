// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TripExchange} from "../../contracts/TripExchange.sol";
import {TripToken} from "../../contracts/TripToken.sol";
import {ForceEth} from "../mocks/ForceEth.sol";
import {TripClient} from "../utils/TripClient.sol";

/**
 * @title Drives the desk for the invariant test: buys, the three kinds of sale, payments, forced ETH
 * @dev Inputs are bounded to what can succeed, so every call moves money; the ghost totals record what
 * went in and out, for the invariants to compare with the chain.
 */
contract TripExchangeHandler is TripClient {
    uint256 private constant ACTORS = 4;
    uint256 private constant MAX_BUY_ETH = 1_000 ether;

    address[ACTORS] private _actors;
    uint256[ACTORS] private _keys;

    uint256 public ghostEthIn;
    uint256 public ghostEthOut;
    uint256 public ghostEthForced;
    uint256 public ghostTripMinted;
    uint256 public ghostTripBurned;
    uint256 public ghostAuthorizations;

    constructor(TripToken token_, TripExchange desk_) {
        token = token_;
        desk = desk_;
        string[ACTORS] memory names = ["ada", "bo", "cy", "di"];
        for (uint256 i = 0; i < ACTORS; ++i) (_actors[i], _keys[i]) = makeAddrAndKey(names[i]);
    }

    /// @notice The `index`-th actor, for the invariants to sum balances over.
    function actor(uint256 index) external view returns (address) {
        return _actors[index];
    }

    /// @notice How many actors trade.
    function actorCount() external pure returns (uint256) {
        return ACTORS;
    }

    /// @notice An actor buys TRIP for up to 1,000 ETH.
    function buy(uint256 actorSeed, uint256 ethIn) external {
        address buyer = _actors[actorSeed % ACTORS];
        ethIn = bound(ethIn, 1, MAX_BUY_ETH);
        ghostTripMinted += _buyTrip(buyer, ethIn);
        ghostEthIn += ethIn;
    }

    /// @notice An actor sells some of its whole lots with an approval and `sell`.
    function sell(uint256 actorSeed, uint256 lots) external {
        (address seller, uint256 amount) = _saleOf(actorSeed, lots);
        if (amount == 0) return;
        vm.startPrank(seller);
        token.approve(address(desk), amount);
        _recordSale(desk.sell(amount), amount);
        vm.stopPrank();
    }

    /// @notice An actor sells some of its whole lots with a permit.
    function sellWithPermit(uint256 actorSeed, uint256 lots) external {
        (address seller, uint256 amount) = _saleOf(actorSeed, lots);
        if (amount == 0) return;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(
            _keys[actorSeed % ACTORS],
            address(desk),
            amount,
            block.timestamp
        );
        vm.prank(seller);
        _recordSale(desk.sellWithPermit(amount, block.timestamp, v, r, s), amount);
    }

    /// @notice An actor sells some of its whole lots with one `transferAndCall`.
    function sellByTransferAndCall(uint256 actorSeed, uint256 lots) external {
        (address seller, uint256 amount) = _saleOf(actorSeed, lots);
        if (amount == 0) return;
        uint256 ethBefore = seller.balance;
        vm.prank(seller);
        token.transferAndCall(address(desk), amount);
        _recordSale(seller.balance - ethBefore, amount);
    }

    /// @notice A gasless payment between actors, which moves TRIP but must not touch the desk.
    function payByAuthorization(uint256 fromSeed, uint256 toSeed, uint256 value, bytes32 nonce) external {
        uint256 fromIndex = fromSeed % ACTORS;
        address from = _actors[fromIndex];
        address to = _actors[toSeed % ACTORS];
        if (token.authorizationState(from, nonce)) return;
        value = bound(value, 0, token.balanceOf(from));
        Authorization memory auth = Authorization(from, to, value, 0, block.timestamp + 1, nonce);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(
            _keys[fromIndex],
            _authorizationDigest(address(token), USDC_TRANSFER_WITH_AUTHORIZATION_TYPEHASH, auth)
        );
        token.transferWithAuthorization(from, to, value, 0, block.timestamp + 1, nonce, v, r, s);
        ++ghostAuthorizations;
    }

    /// @notice Someone forces ETH into the desk with `selfdestruct`.
    function forceEth(uint256 amount) external {
        amount = bound(amount, 1, 10 ether);
        vm.deal(address(this), amount);
        ForceEth.send(address(desk), amount);
        ghostEthForced += amount;
    }

    /// @dev A seller and a whole number of `rate`-sized lots it holds (0 if it holds none).
    function _saleOf(uint256 actorSeed, uint256 lots) private view returns (address seller, uint256 amount) {
        seller = _actors[actorSeed % ACTORS];
        uint256 held = token.balanceOf(seller) / RATE;
        if (held == 0) return (seller, 0);
        amount = bound(lots, 1, held) * RATE;
    }

    function _recordSale(uint256 ethOut, uint256 amount) private {
        ghostEthOut += ethOut;
        ghostTripBurned += amount;
    }
}
