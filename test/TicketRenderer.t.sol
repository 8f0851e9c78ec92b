// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Base64} from "@openzeppelin/contracts/utils/Base64.sol";

import {TicketRenderer} from "../contracts/TicketRenderer.sol";
import {ITicketRenderer} from "../contracts/interfaces/ITicketRenderer.sol";
import {ITravelTicket} from "../contracts/interfaces/ITravelTicket.sol";
import {Test} from "./utils/Test.sol";
import {TextSearch} from "./utils/TextSearch.sol";

/**
 * @dev What the ticket's picture and metadata say. Parsing the JSON and the SVG as documents, with
 * hostile place names, is done by the TypeScript metadata test; here the texts are checked piece by piece.
 */
contract TicketRendererTest is Test {
    using TextSearch for string;

    uint64 private constant DEPARTURE = 1_750_000_000; // 2025-06-15 15:06:40 UTC
    string private constant JSON_PREFIX = "data:application/json;base64,";
    string private constant SVG_PREFIX = "data:image/svg+xml;base64,";

    TicketRenderer private renderer = new TicketRenderer();

    // ---------------------------------------------------------------- SVG

    function test_svg_showsRouteDateTimeSeatFareAndJourney() public view {
        string memory svg = renderer.svg(_ticket("Lisbon", "Porto"));
        _assertContains(svg, "<svg xmlns='http://www.w3.org/2000/svg'", "an SVG document");
        _assertContains(svg, "<title>Wayfare ticket: Lisbon to Porto, seat 7</title>", "title");
        _assertContains(svg, ">Lisbon</text>", "origin");
        _assertContains(svg, ">Porto</text>", "destination");
        _assertContains(svg, ">15 Jun 2025</text>", "date");
        _assertContains(svg, ">15:06</text>", "time");
        _assertContains(svg, ">7</text>", "seat");
        _assertContains(svg, ">of 40</text>", "capacity");
        _assertContains(svg, ">25 TRIP</text>", "fare");
        _assertContains(svg, ">JOURNEY #3</text>", "journey");
        vm.assertTrue(svg.endsWith("</svg>"), "closed document");
    }

    function test_svg_escapesMarkupInPlaceNames() public view {
        string memory svg = renderer.svg(_ticket("<script>alert(1)</script>", "\"Tom\" & 'Jerry' >"));
        _assertContains(svg, ">&lt;script&gt;alert(1)&lt;/script&gt;</text>", "origin escaped");
        _assertContains(svg, ">&quot;Tom&quot; &amp; &#39;Jerry&#39; &gt;</text>", "destination escaped");
        vm.assertFalse(svg.contains("<script"), "no script element");
        vm.assertFalse(svg.contains('"Tom'), "no raw quote");
    }

    function test_svg_validTicketHasGreenBadgeAndNoStamp() public view {
        string memory svg = renderer.svg(_ticket("Lisbon", "Porto"));
        _assertContains(svg, "fill='#2e7d32'", "green badge");
        _assertContains(svg, ">VALID</text>", "badge");
        vm.assertFalse(svg.contains("rotate("), "no stamp");
    }

    function test_svg_checkedInTicketIsStampedBoarded() public view {
        string memory svg = renderer.svg(_withStatus(ITravelTicket.TicketStatus.CheckedIn));
        _assertContains(svg, ">CHECKED IN</text>", "badge");
        _assertContains(svg, ">BOARDED</text>", "stamp");
        _assertContains(svg, "stroke='#1565c0'", "blue stamp");
    }

    function test_svg_departedTicketIsStampedDeparted() public view {
        string memory svg = renderer.svg(_withStatus(ITravelTicket.TicketStatus.Departed));
        _assertContains(svg, "fill='#5f6b76'/><text", "grey badge");
        _assertContains(svg, "letter-spacing='3' text-anchor='middle'>DEPARTED</text>", "stamp");
    }

    function test_svg_cancelledTicketIsStampedCancelled() public view {
        string memory svg = renderer.svg(_withStatus(ITravelTicket.TicketStatus.Cancelled));
        _assertContains(svg, "letter-spacing='1.5' text-anchor='middle'>CANCELLED</text>", "badge");
        _assertContains(svg, "letter-spacing='3' text-anchor='middle'>CANCELLED</text>", "stamp");
        _assertContains(svg, "stroke='#c62828'", "red stamp");
    }

    function test_svg_shrinksLongPlaceNames() public view {
        _assertPlaceFontSize("Aaaaaaaaaaaaaa", "30"); // 14 bytes
        _assertPlaceFontSize("Aaaaaaaaaaaaaaa", "24"); // 15
        _assertPlaceFontSize("Aaaaaaaaaaaaaaaaaaaa", "24"); // 20
        _assertPlaceFontSize("Aaaaaaaaaaaaaaaaaaaaa", "19"); // 21
        _assertPlaceFontSize("Aaaaaaaaaaaaaaaaaaaaaaaaaa", "19"); // 26
        _assertPlaceFontSize("Aaaaaaaaaaaaaaaaaaaaaaaaaaa", "15"); // 27
    }

    function test_svg_shrinksLongSeatNumbers() public view {
        _assertSeatFontSize(999, "46");
        _assertSeatFontSize(1_000, "32");
        _assertSeatFontSize(99_999, "32");
        _assertSeatFontSize(100_000, "20");
    }

    function test_svg_drawsBarcodeFromTokenId() public view {
        ITicketRenderer.TicketData memory data = _ticket("Lisbon", "Porto");
        string memory svg = renderer.svg(data);
        vm.assertEq(svg.count("' y='240' width='"), 26, "26 bars");
        data.tokenId += 1;
        vm.assertNotEq(uint256(keccak256(bytes(renderer.svg(data)))), uint256(keccak256(bytes(svg))), "other bars");
    }

    function test_svg_showsFareWithAtMostFourDecimals() public view {
        _assertPictureFare(0, "0 TRIP");
        _assertPictureFare(42.5 ether, "42.5 TRIP");
        _assertPictureFare(0.0001 ether, "0.0001 TRIP");
        _assertPictureFare(1.23456 ether, unicode"1.2345… TRIP");
        _assertPictureFare(1, unicode"0.0000… TRIP");
    }

    // ---------------------------------------------------------------- metadata JSON

    function test_tokenURI_isBase64JsonWithNameAndAttributes() public view {
        string memory json = _decodedJson(_ticket("Lisbon", "Porto"));
        vm.assertTrue(json.startsWith(unicode'{"name":"Lisbon → Porto · Seat 7","description":"'), "name");
        _assertContains(json, '"attributes":[{"trait_type":"Origin","value":"Lisbon"}', "origin");
        _assertContains(json, '{"trait_type":"Destination","value":"Porto"}', "destination");
        _assertContains(json, '{"trait_type":"Departure","display_type":"date","value":1750000000}', "departure");
        _assertContains(json, '{"trait_type":"Seat","display_type":"number","value":7,"max_value":40}', "seat");
        _assertContains(json, '{"trait_type":"Journey","display_type":"number","value":3}', "journey");
        _assertContains(json, '{"trait_type":"Fare (TRIP)","value":"25"}', "fare");
        _assertContains(json, '{"trait_type":"Status","value":"Valid"}]}', "status");
    }

    function test_tokenURI_describesTheJourney() public view {
        _assertContains(
            _decodedJson(_ticket("Lisbon", "Porto")),
            '"description":"Wayfare journey #3 from Lisbon to Porto, departing 2025-06-15 at 15:06 UTC. '
            'Seat 7 of 40, fare 25 TRIP. Valid for boarding."',
            "description"
        );
    }

    function test_tokenURI_imageIsTheSvg() public view {
        ITicketRenderer.TicketData memory data = _ticket("Lisbon", "Porto");
        string memory json = _decodedJson(data);
        string memory expected = string.concat('"image":"', SVG_PREFIX, Base64.encode(bytes(renderer.svg(data))), '"');
        _assertContains(json, expected, "image");
    }

    function test_tokenURI_escapesJsonInPlaceNames() public view {
        string memory json = _decodedJson(_ticket('say "hi"', "back\\slash"));
        _assertContains(json, '{"trait_type":"Origin","value":"say \\"hi\\""}', "quotes escaped");
        _assertContains(json, '{"trait_type":"Destination","value":"back\\\\slash"}', "backslash escaped");
    }

    function test_tokenURI_namesEveryStatus() public view {
        _assertStatus(ITravelTicket.TicketStatus.CheckedIn, "Checked in", "Checked in at the gate: a souvenir");
        _assertStatus(ITravelTicket.TicketStatus.Departed, "Departed", "The journey has departed.");
        _assertStatus(ITravelTicket.TicketStatus.Cancelled, "Cancelled", "the fare is refundable.");
    }

    function test_tokenURI_keepsEveryDecimalOfTheFare() public view {
        _assertJsonFare(1, "0.000000000000000001");
        _assertJsonFare(1.23456 ether, "1.23456");
        _assertJsonFare(1_000_000 ether, "1000000");
    }

    // ---------------------------------------------------------------- helpers

    function _ticket(
        string memory origin,
        string memory destination
    ) private pure returns (ITicketRenderer.TicketData memory) {
        return
            ITicketRenderer.TicketData({
                tokenId: (uint256(3) << 32) | 7,
                journeyId: 3,
                price: 25 ether,
                origin: origin,
                destination: destination,
                departure: DEPARTURE,
                seat: 7,
                capacity: 40,
                status: ITravelTicket.TicketStatus.Valid
            });
    }

    function _withStatus(
        ITravelTicket.TicketStatus status
    ) private pure returns (ITicketRenderer.TicketData memory data) {
        data = _ticket("Lisbon", "Porto");
        data.status = status;
    }

    function _decodedJson(ITicketRenderer.TicketData memory data) private view returns (string memory) {
        string memory uri = renderer.tokenURI(data);
        vm.assertTrue(uri.startsWith(JSON_PREFIX), "JSON data URI");
        return string(Base64.decode(uri.slice(bytes(JSON_PREFIX).length, bytes(uri).length)));
    }

    function _assertPlaceFontSize(string memory origin, string memory size) private view {
        string memory svg = renderer.svg(_ticket(origin, "Porto"));
        _assertContains(
            svg,
            string.concat("font-size='", size, "' font-weight='700'>", origin, "</text>"),
            string.concat(origin, " at ", size)
        );
    }

    function _assertSeatFontSize(uint32 seat, string memory size) private view {
        ITicketRenderer.TicketData memory data = _ticket("Lisbon", "Porto");
        data.seat = seat;
        _assertContains(renderer.svg(data), string.concat("y='146' fill='#1d2b3a' font-size='", size, "'"), size);
    }

    function _assertPictureFare(uint256 price, string memory shown) private view {
        ITicketRenderer.TicketData memory data = _ticket("Lisbon", "Porto");
        data.price = price;
        _assertContains(renderer.svg(data), string.concat(">", shown, "</text>"), shown);
    }

    function _assertJsonFare(uint256 price, string memory shown) private view {
        ITicketRenderer.TicketData memory data = _ticket("Lisbon", "Porto");
        data.price = price;
        _assertContains(_decodedJson(data), string.concat('{"trait_type":"Fare (TRIP)","value":"', shown, '"}'), shown);
    }

    function _assertStatus(ITravelTicket.TicketStatus status, string memory name, string memory sentence) private view {
        string memory json = _decodedJson(_withStatus(status));
        _assertContains(json, string.concat('{"trait_type":"Status","value":"', name, '"}'), name);
        _assertContains(json, sentence, sentence);
    }

    function _assertContains(string memory text, string memory part, string memory what) private pure {
        vm.assertTrue(text.contains(part), string.concat("missing ", what, ": ", part));
    }
}
