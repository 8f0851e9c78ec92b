// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Base64} from "@openzeppelin/contracts/utils/Base64.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";

import {ITicketRenderer} from "./interfaces/ITicketRenderer.sol";
import {ITravelTicket} from "./interfaces/ITravelTicket.sol";
import {UtcDate} from "./libraries/UtcDate.sol";

/**
 * @title TicketRenderer
 * @notice Draws Wayfare tickets. See {ITicketRenderer}.
 * @dev The picture is a 640 × 300 boarding pass: route on the left, seat and status on a stub behind a
 * perforation, and a rubber stamp once the ticket is used, departed or cancelled. Place names are
 * XML-escaped in the SVG and JSON-escaped in the metadata; every other value is a number or a constant.
 */
contract TicketRenderer is ITicketRenderer {
    using Strings for uint256;

    /// @dev TRIP's decimals: prices are shown in whole TRIP.
    uint256 private constant TRIP_DECIMALS = 18;
    /// @dev Decimals of a fare printed on the picture (the metadata attribute has them all).
    uint256 private constant PICTURE_FARE_DECIMALS = 4;
    /// @dev "JanFebMar…": month `m` is the three letters at `3 * (m - 1)`.
    bytes private constant MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";
    /// @dev Bars in the stub's barcode, each `BAR_PITCH` pixels apart.
    uint256 private constant BARS = 26;
    uint256 private constant BAR_PITCH = 4;

    /// @inheritdoc ITicketRenderer
    function tokenURI(TicketData calldata ticket) external pure returns (string memory) {
        return string.concat("data:application/json;base64,", Base64.encode(bytes(_json(ticket))));
    }

    /// @inheritdoc ITicketRenderer
    function svg(TicketData calldata ticket) external pure returns (string memory) {
        return _svg(ticket);
    }

    // ---------------------------------------------------------------- metadata JSON

    // JSON is full of double quotes, which Prettier writes in single-quoted literals.
    // solhint-disable quotes

    function _json(TicketData calldata ticket) private pure returns (string memory) {
        string memory origin = Strings.escapeJSON(ticket.origin);
        string memory destination = Strings.escapeJSON(ticket.destination);
        return
            string.concat(
                '{"name":"',
                origin,
                unicode" → ",
                destination,
                unicode" · Seat ",
                uint256(ticket.seat).toString(),
                '","description":"',
                _description(ticket, origin, destination),
                '","image":"data:image/svg+xml;base64,',
                Base64.encode(bytes(_svg(ticket))),
                '","attributes":',
                _attributes(ticket, origin, destination),
                "}"
            );
    }

    function _description(
        TicketData calldata ticket,
        string memory origin,
        string memory destination
    ) private pure returns (string memory) {
        return
            string.concat(
                "Wayfare journey #",
                ticket.journeyId.toString(),
                " from ",
                origin,
                " to ",
                destination,
                ", departing ",
                UtcDate.isoDate(ticket.departure),
                " at ",
                UtcDate.timeOfDay(ticket.departure),
                " UTC. ",
                _seatAndFare(ticket),
                _statusSentence(ticket.status)
            );
    }

    function _seatAndFare(TicketData calldata ticket) private pure returns (string memory) {
        return
            string.concat(
                "Seat ",
                uint256(ticket.seat).toString(),
                " of ",
                uint256(ticket.capacity).toString(),
                ", fare ",
                _formatTrip(ticket.price, TRIP_DECIMALS),
                " TRIP. "
            );
    }

    function _statusSentence(ITravelTicket.TicketStatus status) private pure returns (string memory) {
        if (status == ITravelTicket.TicketStatus.CheckedIn) return "Checked in at the gate: a souvenir of the trip.";
        if (status == ITravelTicket.TicketStatus.Departed) return "The journey has departed.";
        if (status == ITravelTicket.TicketStatus.Cancelled) return "The journey was cancelled: the fare is refundable.";
        return "Valid for boarding.";
    }

    function _attributes(
        TicketData calldata ticket,
        string memory origin,
        string memory destination
    ) private pure returns (string memory) {
        return
            string.concat(
                '[{"trait_type":"Origin","value":"',
                origin,
                '"},{"trait_type":"Destination","value":"',
                destination,
                '"},{"trait_type":"Departure","display_type":"date","value":',
                uint256(ticket.departure).toString(),
                '},{"trait_type":"Seat","display_type":"number","value":',
                uint256(ticket.seat).toString(),
                ',"max_value":',
                uint256(ticket.capacity).toString(),
                _moreAttributes(ticket)
            );
    }

    function _moreAttributes(TicketData calldata ticket) private pure returns (string memory) {
        return
            string.concat(
                '},{"trait_type":"Journey","display_type":"number","value":',
                ticket.journeyId.toString(),
                '},{"trait_type":"Fare (TRIP)","value":"',
                _formatTrip(ticket.price, TRIP_DECIMALS),
                '"},{"trait_type":"Status","value":"',
                _statusName(ticket.status),
                '"}]'
            );
    }

    function _statusName(ITravelTicket.TicketStatus status) private pure returns (string memory) {
        if (status == ITravelTicket.TicketStatus.CheckedIn) return "Checked in";
        if (status == ITravelTicket.TicketStatus.Departed) return "Departed";
        if (status == ITravelTicket.TicketStatus.Cancelled) return "Cancelled";
        return "Valid";
    }

    // solhint-enable quotes

    // ---------------------------------------------------------------- SVG picture

    function _svg(TicketData calldata ticket) private pure returns (string memory) {
        return
            string.concat(
                _frame(ticket),
                _route(ticket),
                _details(ticket),
                _stub(ticket),
                _stamp(ticket.status),
                "</svg>"
            );
    }

    /// @dev The document, its title, the ticket's shape (notched at the perforation) and the header.
    function _frame(TicketData calldata ticket) private pure returns (string memory) {
        return
            string.concat(
                "<svg xmlns='http://www.w3.org/2000/svg' width='640' height='300' viewBox='0 0 640 300' ",
                "font-family='Helvetica Neue,Helvetica,Arial,sans-serif'><title>Wayfare ticket: ",
                _escapeXml(ticket.origin),
                " to ",
                _escapeXml(ticket.destination),
                ", seat ",
                uint256(ticket.seat).toString(),
                "</title><defs><linearGradient id='sky' x2='1' y2='1'><stop offset='0' stop-color='#0f4c81'/>",
                "<stop offset='1' stop-color='#138a8a'/></linearGradient><clipPath id='shape'><path d='M22 0H448",
                "A22 22 0 0 0 492 0H618A22 22 0 0 1 640 22V278A22 22 0 0 1 618 300H492A22 22 0 0 0 448 300H22",
                "A22 22 0 0 1 0 278V22A22 22 0 0 1 22 0Z'/></clipPath></defs><g clip-path='url(#shape)'>",
                "<rect width='640' height='300' fill='#fbf7ef'/><rect x='470' width='170' height='300' ",
                _header(ticket)
            );
    }

    function _header(TicketData calldata ticket) private pure returns (string memory) {
        return
            string.concat(
                "fill='#f1eadb'/><rect width='640' height='62' fill='url(#sky)'/></g>",
                "<path d='M470 76V286' stroke='#c9bfab' stroke-width='2' stroke-dasharray='1 7' ",
                "stroke-linecap='round'/><text x='32' y='40' fill='#fff' font-size='21' font-weight='700' ",
                "letter-spacing='5'>WAYFARE</text><text x='446' y='38' fill='#fff' fill-opacity='.8' ",
                "font-size='12' letter-spacing='2.5' text-anchor='end'>BOARDING PASS</text><text x='555' ",
                "y='38' fill='#fff' font-size='12' font-weight='700' letter-spacing='2' ",
                "text-anchor='middle'>JOURNEY #",
                ticket.journeyId.toString(),
                "</text>"
            );
    }

    /// @dev FROM and TO with a dotted line between two stops; long names get a smaller font.
    function _route(TicketData calldata ticket) private pure returns (string memory) {
        return
            string.concat(
                "<path d='M41 126V174' stroke='#f2a541' stroke-width='3' stroke-dasharray='1 7' ",
                "stroke-linecap='round'/><circle cx='41' cy='117' r='6' fill='none' stroke='#0f4c81' ",
                "stroke-width='3'/><circle cx='41' cy='183' r='7' fill='#0f4c81'/>",
                _label(62, 94, "FROM"),
                _placeName(117, ticket.origin),
                _label(62, 160, "TO"),
                _placeName(183, ticket.destination),
                "<path d='M32 214H446' stroke='#e4dccb' stroke-width='1.5'/>"
            );
    }

    /// @dev A place name centred on the stop at height `centre`: the baseline sits 0.35 em below it.
    function _placeName(uint256 centre, string calldata name) private pure returns (string memory) {
        uint256 length = bytes(name).length;
        uint256 fontSize =
            length <= 14
                ? 30
                : length <= 20
                    ? 24
                    : length <= 26
                        ? 19
                        : 15;
        return
            string.concat(
                "<text x='62' y='",
                (centre + (fontSize * 35) / 100).toString(),
                "' fill='#1d2b3a' font-size='",
                fontSize.toString(),
                "' font-weight='700'>",
                _escapeXml(name),
                "</text>"
            );
    }

    /// @dev Date, time and fare under the route.
    function _details(TicketData calldata ticket) private pure returns (string memory) {
        return
            string.concat(
                _label(32, 240, "DATE"),
                _value(32, _displayDate(ticket.departure)),
                _label(166, 240, "TIME (UTC)"),
                _value(166, UtcDate.timeOfDay(ticket.departure)),
                _label(276, 240, "FARE"),
                _value(276, string.concat(_formatTrip(ticket.price, PICTURE_FARE_DECIMALS), " TRIP"))
            );
    }

    /// @dev The stub: seat number, status badge and a barcode drawn from the token id.
    function _stub(TicketData calldata ticket) private pure returns (string memory) {
        uint256 seatDigits = bytes(uint256(ticket.seat).toString()).length;
        uint256 seatFontSize =
            seatDigits <= 3
                ? 46
                : seatDigits <= 5
                    ? 32
                    : 20;
        return
            string.concat(
                "<text x='555' y='94' fill='#6b7785' font-size='11' letter-spacing='2' ",
                "text-anchor='middle'>SEAT</text><text x='555' y='146' fill='#1d2b3a' font-size='",
                seatFontSize.toString(),
                "' font-weight='700' text-anchor='middle'>",
                uint256(ticket.seat).toString(),
                "</text><text x='555' y='170' fill='#6b7785' font-size='12' text-anchor='middle'>of ",
                uint256(ticket.capacity).toString(),
                "</text>",
                _badge(ticket.status),
                _barcode(ticket.tokenId)
            );
    }

    function _badge(ITravelTicket.TicketStatus status) private pure returns (string memory) {
        return
            string.concat(
                "<rect x='495' y='190' width='120' height='30' rx='15' fill='",
                _statusColor(status),
                "'/><text x='555' y='210' fill='#fff' font-size='12' font-weight='700' ",
                "letter-spacing='1.5' text-anchor='middle'>",
                _statusLabel(status),
                "</text>"
            );
    }

    /// @dev Bars 1–3 px wide from the hash of the token id: decoration, unique per ticket.
    function _barcode(uint256 tokenId) private pure returns (string memory bars) {
        uint256 widths = uint256(keccak256(abi.encode(tokenId)));
        bars = "<g fill='#1d2b3a'>";
        for (uint256 i = 0; i < BARS; ++i) {
            bars = string.concat(
                bars,
                "<rect x='",
                (503 + i * BAR_PITCH).toString(),
                "' y='240' width='",
                (1 + ((widths >> (2 * i)) % 3)).toString(),
                "' height='30'/>"
            );
        }
        bars = string.concat(bars, "</g>");
    }

    /// @dev A rubber stamp across the route once the ticket is no longer simply valid.
    function _stamp(ITravelTicket.TicketStatus status) private pure returns (string memory) {
        if (status == ITravelTicket.TicketStatus.Valid) return "";
        string memory color = _statusColor(status);
        return
            string.concat(
                "<g transform='rotate(-12 372 148)' opacity='.85'><rect x='292' y='120' width='160' ",
                "height='56' rx='10' fill='none' stroke='",
                color,
                "' stroke-width='4'/><rect x='299' y='127' width='146' height='42' rx='6' fill='none' ",
                "stroke='",
                color,
                "' stroke-width='1.5'/><text x='372' y='157' fill='",
                color,
                "' font-size='20' font-weight='700' letter-spacing='3' text-anchor='middle'>",
                _stampWord(status),
                "</text></g>"
            );
    }

    function _label(uint256 x, uint256 y, string memory text) private pure returns (string memory) {
        return
            string.concat(
                "<text x='",
                x.toString(),
                "' y='",
                y.toString(),
                "' fill='#6b7785' font-size='11' letter-spacing='2'>",
                text,
                "</text>"
            );
    }

    /// @dev A bold value on the details row, under its label.
    function _value(uint256 x, string memory text) private pure returns (string memory) {
        return
            string.concat(
                "<text x='",
                x.toString(),
                "' y='266' fill='#1d2b3a' font-size='17' font-weight='700'>",
                text,
                "</text>"
            );
    }

    function _statusLabel(ITravelTicket.TicketStatus status) private pure returns (string memory) {
        if (status == ITravelTicket.TicketStatus.CheckedIn) return "CHECKED IN";
        if (status == ITravelTicket.TicketStatus.Departed) return "DEPARTED";
        if (status == ITravelTicket.TicketStatus.Cancelled) return "CANCELLED";
        return "VALID";
    }

    function _stampWord(ITravelTicket.TicketStatus status) private pure returns (string memory) {
        if (status == ITravelTicket.TicketStatus.CheckedIn) return "BOARDED";
        if (status == ITravelTicket.TicketStatus.Departed) return "DEPARTED";
        return "CANCELLED";
    }

    function _statusColor(ITravelTicket.TicketStatus status) private pure returns (string memory) {
        if (status == ITravelTicket.TicketStatus.CheckedIn) return "#1565c0";
        if (status == ITravelTicket.TicketStatus.Departed) return "#5f6b76";
        if (status == ITravelTicket.TicketStatus.Cancelled) return "#c62828";
        return "#2e7d32";
    }

    // ---------------------------------------------------------------- formatting

    /// @dev `14 Mar 2026`.
    function _displayDate(uint256 timestamp) private pure returns (string memory) {
        (uint256 year, uint256 month, uint256 day) = UtcDate.toDate(timestamp);
        uint256 start = 3 * (month - 1);
        return
            string.concat(
                day.toString(),
                " ",
                string(abi.encodePacked(MONTHS[start], MONTHS[start + 1], MONTHS[start + 2])),
                " ",
                year.toString()
            );
    }

    /**
     * @dev `amount` TRIP base units in whole TRIP with at most `decimals` decimals and no trailing zeros,
     * e.g. `25`, `0.5`. When decimals are cut off, the result ends in `…` instead of rounding.
     */
    function _formatTrip(uint256 amount, uint256 decimals) private pure returns (string memory) {
        uint256 unit = 10 ** TRIP_DECIMALS;
        uint256 whole = amount / unit;
        uint256 scale = 10 ** (TRIP_DECIMALS - decimals);
        uint256 fraction = (amount % unit) / scale;
        bool cut = (amount % unit) % scale != 0;
        if (fraction == 0 && !cut) return whole.toString();
        uint256 shown = decimals;
        if (!cut) {
            while (fraction % 10 == 0) {
                fraction /= 10;
                --shown;
            }
        }
        bytes memory digits = bytes(fraction.toString());
        bytes memory padding = new bytes(shown - digits.length);
        for (uint256 i = 0; i < padding.length; ++i) padding[i] = "0";
        return string.concat(whole.toString(), ".", string(padding), string(digits), cut ? unicode"…" : "");
    }

    /// @dev Escapes the five characters with a meaning in XML, for text content and attribute values.
    function _escapeXml(string calldata text) private pure returns (string memory) {
        bytes calldata input = bytes(text);
        bytes memory output;
        for (uint256 i = 0; i < input.length; ++i) {
            bytes1 char = input[i];
            if (char == "&") output = bytes.concat(output, "&amp;");
            else if (char == "<") output = bytes.concat(output, "&lt;");
            else if (char == ">") output = bytes.concat(output, "&gt;");
            else if (char == 0x22) output = bytes.concat(output, "&quot;");
            else if (char == "'") output = bytes.concat(output, "&#39;");
            else output = bytes.concat(output, char);
        }
        return string(output);
    }
}
