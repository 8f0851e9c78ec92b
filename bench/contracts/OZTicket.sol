// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";

import {TicketShop} from "./TicketShop.sol";

/// @title Benchmark reference: plain OpenZeppelin ERC-721 sold by {TicketShop}
contract OZTicket is ERC721, TicketShop {
    constructor(IERC20 paymentToken_, uint256 price_) ERC721("OZ Ticket", "OZTIX") TicketShop(paymentToken_, price_) {}

    function _issue(address to, uint256 tokenId) internal override {
        _safeMint(to, tokenId);
    }
}
