// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC1363Receiver} from "@openzeppelin/contracts/interfaces/IERC1363Receiver.sol";

/**
 * @title TripExchange, Wayfare's currency exchange desk
 * @notice Changes ETH into TRIP at a fixed rate and back. Every TRIP in existence was minted here and
 * is backed by the ETH paid for it: the desk's balance never falls below `outstanding() / rate()`.
 * Selling only takes whole multiples of `rate()` (one wei of ETH each), so no TRIP is ever kept as
 * rounding dust.
 */
interface ITripExchange is IERC1363Receiver {
    /// @notice `buyer` paid `ethIn` wei and received `tripOut` TRIP base units.
    event Bought(address indexed buyer, uint256 ethIn, uint256 tripOut);

    /// @notice `seller` returned `tripIn` TRIP base units and received `ethOut` wei.
    event Sold(address indexed seller, uint256 tripIn, uint256 ethOut);

    /// @notice A buy or sell of nothing.
    error ZeroAmount();

    /// @notice Only multiples of `rate` TRIP can be sold, so the ETH paid out is exact.
    error AmountNotMultipleOfRate(uint256 amount, uint256 rate);

    /// @notice The ETH payout to `to` was refused by its receiver; nothing was sold.
    error EthTransferFailed(address to, uint256 amount);

    /// @notice `onTransferReceived` was called by a contract that is not the TRIP token.
    error UnsupportedToken(address token);

    /// @notice The rate must be positive.
    error InvalidRate();

    /// @notice Buys TRIP: mints `msg.value * rate()` TRIP to the caller.
    /// @dev Requirements: `msg.value > 0`. Emits `Bought`.
    /// @return tripOut The TRIP base units minted.
    function buy() external payable returns (uint256 tripOut);

    /**
     * @notice Sells `amount` TRIP (pulled with the caller's allowance) for `amount / rate()` wei.
     * @dev Requirements: `amount > 0` and a multiple of `rate()`; allowance and balance suffice; the
     * caller accepts ETH. Emits `Sold`.
     * @return ethOut The wei paid to the caller.
     */
    function sell(uint256 amount) external returns (uint256 ethOut);

    /**
     * @notice Sells with an EIP-2612 permit instead of a prior approval: one transaction.
     * @dev A permit already used (e.g. front-run) is fine if the allowance is in place. Requirements
     * and events as `sell`.
     * @return ethOut The wei paid to the caller.
     */
    function sellWithPermit(
        uint256 amount,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external returns (uint256 ethOut);

    /// @notice The TRIP token this desk mints and burns.
    function token() external view returns (address);

    /// @notice TRIP base units per wei (equivalently, TRIP per ETH), fixed at deployment.
    function rate() external view returns (uint256);

    /// @notice TRIP minted and not yet sold back: always equal to TRIP's total supply.
    function outstanding() external view returns (uint256);
}
