// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/**
 * @title Benchmark reference: the least an exchange desk needs with plain OpenZeppelin
 * @dev The token is its own desk: `buy` mints at a fixed rate and `sell` burns and pays ETH back, with
 * no second contract, no roles and no separate bookkeeping, but the same events as TripExchange. It is
 * what TripExchange + TripToken's buy and sell are measured against.
 */
contract OZDesk is ERC20 {
    /// @notice Tokens (base units) per wei, as TripExchange's rate on the local chain.
    uint256 public constant RATE = 1000;

    event Bought(address indexed buyer, uint256 ethIn, uint256 tokensOut);
    event Sold(address indexed seller, uint256 tokensIn, uint256 ethOut);

    error EthTransferFailed(address to, uint256 amount);

    constructor() ERC20("OZ Desk", "OZD") {}

    /// @notice Mints `msg.value * RATE` tokens for the caller.
    function buy() external payable returns (uint256 tokensOut) {
        tokensOut = msg.value * RATE;
        _mint(msg.sender, tokensOut);
        emit Bought(msg.sender, msg.value, tokensOut);
    }

    /// @notice Burns `amount` of the caller's tokens and pays `amount / RATE` wei back.
    function sell(uint256 amount) external returns (uint256 ethOut) {
        ethOut = amount / RATE;
        _burn(msg.sender, amount);
        emit Sold(msg.sender, amount, ethOut);
        // solhint-disable-next-line avoid-low-level-calls
        (bool paid, ) = msg.sender.call{value: ethOut}("");
        if (!paid) revert EthTransferFailed(msg.sender, ethOut);
    }
}
