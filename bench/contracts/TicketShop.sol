// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC1363Receiver} from "@openzeppelin/contracts/interfaces/IERC1363Receiver.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/**
 * @title Benchmark reference: the least a ticket sale needs on top of an ERC-721 mint
 * @dev Sells numbered tokens for a fixed price in an ERC-20, paid by allowance, by permit or by an
 * ERC-1363 `transferAndCall`; `_issue` is the ERC-721 implementation's safe mint (OpenZeppelin or
 * Solady). It is what TravelTicket's three ways of buying are measured against.
 */
abstract contract TicketShop is IERC1363Receiver {
    using SafeERC20 for IERC20;

    IERC20 public immutable paymentToken;
    uint256 public immutable price;
    /// @notice Tickets sold so far; the next ticket's id is `sold + 1`.
    uint256 public sold;

    error WrongPayment(address token, uint256 value);

    constructor(IERC20 paymentToken_, uint256 price_) {
        paymentToken = paymentToken_;
        price = price_;
    }

    /// @notice Buys the next ticket, pulling `price` through the caller's allowance.
    function buy() external returns (uint256 tokenId) {
        paymentToken.safeTransferFrom(msg.sender, address(this), price);
        return _sellTo(msg.sender);
    }

    /// @notice Buys the next ticket with an EIP-2612 permit for exactly `price`.
    function buyWithPermit(uint256 deadline, uint8 v, bytes32 r, bytes32 s) external returns (uint256 tokenId) {
        IERC20Permit(address(paymentToken)).permit(msg.sender, address(this), price, deadline, v, r, s);
        paymentToken.safeTransferFrom(msg.sender, address(this), price);
        return _sellTo(msg.sender);
    }

    /// @inheritdoc IERC1363Receiver
    function onTransferReceived(address, address from, uint256 value, bytes calldata) external returns (bytes4) {
        if (msg.sender != address(paymentToken) || value != price) revert WrongPayment(msg.sender, value);
        _sellTo(from);
        return IERC1363Receiver.onTransferReceived.selector;
    }

    function _sellTo(address buyer) private returns (uint256 tokenId) {
        tokenId = ++sold;
        _issue(buyer, tokenId);
    }

    function _issue(address to, uint256 tokenId) internal virtual;
}
