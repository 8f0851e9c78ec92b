// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC721} from "solady/src/tokens/ERC721.sol";

import {TicketShop} from "./TicketShop.sol";

/// @title Benchmark reference: Solady's ERC-721 sold by {TicketShop}
contract SoladyTicket is ERC721, TicketShop {
    constructor(IERC20 paymentToken_, uint256 price_) TicketShop(paymentToken_, price_) {}

    /// @notice The collection's name.
    function name() public pure override returns (string memory) {
        return "Solady Ticket";
    }

    /// @notice The collection's symbol.
    function symbol() public pure override returns (string memory) {
        return "SDYTIX";
    }

    /// @notice No metadata: the benchmark only moves tickets.
    function tokenURI(uint256) public pure override returns (string memory) {
        return "";
    }

    function _issue(address to, uint256 tokenId) internal override {
        _safeMint(to, tokenId);
    }
}
