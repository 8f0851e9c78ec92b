// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {PrintableUtf8} from "../contracts/libraries/PrintableUtf8.sol";
import {Test} from "./utils/Test.sol";

/// @dev Which byte strings count as printable UTF-8, from RFC 3629's table of well-formed sequences.
contract PrintableUtf8Test is Test {
    /// @dev The library reads calldata: tests call it through this external function.
    function isPrintable(bytes calldata text) external pure returns (bool) {
        return PrintableUtf8.isPrintable(text);
    }

    function test_isPrintable_acceptsEmptyAndAscii() public view {
        _assertPrintable("", "empty");
        _assertPrintable("Lisbon", "ascii");
        _assertPrintable(" !~", "first and last printable ASCII");
        _assertPrintable("<script>\"&'\\", "markup is printable");
    }

    function test_isPrintable_acceptsEveryEncodingLength() public view {
        _assertPrintable(hex"5ac3bc72696368", "two bytes: Z\u00fcrich");
        _assertPrintable(hex"c2a0", "two bytes: U+00A0, the first after C1");
        _assertPrintable(hex"e69db1e4baac", "three bytes: Tokyo");
        _assertPrintable(hex"e0a080", "three bytes: U+0800, the first");
        _assertPrintable(hex"ed9fbf", "three bytes: U+D7FF, below the surrogates");
        _assertPrintable(hex"efbfbd", "three bytes: U+FFFD");
        _assertPrintable(hex"f09d849e", "four bytes: musical G clef");
        _assertPrintable(hex"f0908080", "four bytes: U+10000, the first");
        _assertPrintable(hex"f48fbfbf", "four bytes: U+10FFFF, the last");
    }

    function test_isPrintable_rejectsControlCharacters() public view {
        _assertNotPrintable(hex"00", "NUL");
        _assertNotPrintable(hex"4c0a4c", "line feed");
        _assertNotPrintable(hex"1f", "unit separator");
        _assertNotPrintable(hex"7f", "DEL");
        _assertNotPrintable(hex"c280", "C1: U+0080");
        _assertNotPrintable(hex"c29f", "C1: U+009F");
    }

    function test_isPrintable_rejectsMalformedSequences() public view {
        _assertNotPrintable(hex"80", "lone continuation byte");
        _assertNotPrintable(hex"c0af", "overlong two bytes (C0)");
        _assertNotPrintable(hex"c1bf", "overlong two bytes (C1)");
        _assertNotPrintable(hex"e080af", "overlong three bytes");
        _assertNotPrintable(hex"f08080af", "overlong four bytes");
        _assertNotPrintable(hex"eda080", "UTF-16 surrogate U+D800");
        _assertNotPrintable(hex"f4908080", "above U+10FFFF");
        _assertNotPrintable(hex"f5808080", "lead byte F5");
        _assertNotPrintable(hex"ff", "byte FF");
        _assertNotPrintable(hex"c3", "truncated two bytes");
        _assertNotPrintable(hex"e29c", "truncated three bytes");
        _assertNotPrintable(hex"f09d84", "truncated four bytes");
        _assertNotPrintable(hex"c328", "second byte not a continuation");
        _assertNotPrintable(hex"e28228", "third byte not a continuation");
        _assertNotPrintable(hex"f09d8428", "fourth byte not a continuation");
        _assertNotPrintable(hex"e2c2a0", "a lead byte where a continuation belongs");
    }

    function test_isPrintable_rejectsNoncharactersOfXml() public view {
        _assertNotPrintable(hex"efbfbe", "U+FFFE");
        _assertNotPrintable(hex"efbfbf", "U+FFFF");
    }

    function testFuzz_isPrintable_acceptsPrintableAscii(bytes calldata text) public view {
        bytes memory ascii = new bytes(text.length);
        for (uint256 i = 0; i < text.length; ++i) ascii[i] = bytes1(uint8(0x20 + (uint8(text[i]) % 95)));
        vm.assertTrue(this.isPrintable(ascii), "printable ASCII");
    }

    function _assertPrintable(bytes memory text, string memory what) private view {
        vm.assertTrue(this.isPrintable(text), what);
    }

    function _assertNotPrintable(bytes memory text, string memory what) private view {
        vm.assertFalse(this.isPrintable(text), what);
    }
}
