// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ITravelTicket} from "./ITravelTicket.sol";

/**
 * @title The drawing of a Wayfare ticket
 * @notice Turns a ticket's facts into ERC-721 metadata: JSON with an SVG picture, both built on chain.
 * @dev A separate contract so that TravelTicket stays under EIP-170's size limit. Stateless and pure:
 * every fact comes in `TicketData`, and any text in it is escaped for JSON and XML here.
 */
interface ITicketRenderer {
    /// @notice Everything a ticket's picture and metadata show.
    struct TicketData {
        uint256 tokenId;
        uint256 journeyId;
        /// TRIP base units (18 decimals).
        uint256 price;
        string origin;
        string destination;
        /// Unix time (seconds, UTC).
        uint64 departure;
        uint32 seat;
        uint32 capacity;
        ITravelTicket.TicketStatus status;
    }

    /// @notice `data:application/json;base64,…` metadata (name, description, SVG image, attributes).
    function tokenURI(TicketData calldata ticket) external pure returns (string memory);

    /// @notice The ticket's picture as an SVG document.
    function svg(TicketData calldata ticket) external pure returns (string memory);
}
