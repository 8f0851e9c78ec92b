// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title Substring search for assertions on generated text (metadata, SVG)
library TextSearch {
    /// @dev How many times `part` occurs in `text`, overlaps included.
    function count(string memory text, string memory part) internal pure returns (uint256 found) {
        bytes memory haystack = bytes(text);
        bytes memory needle = bytes(part);
        if (needle.length > haystack.length) return 0;
        for (uint256 i = 0; i <= haystack.length - needle.length; ++i) {
            bool same = true;
            for (uint256 j = 0; j < needle.length && same; ++j) same = haystack[i + j] == needle[j];
            if (same) ++found;
        }
    }

    function contains(string memory text, string memory part) internal pure returns (bool) {
        return count(text, part) > 0;
    }

    function startsWith(string memory text, string memory prefix) internal pure returns (bool) {
        uint256 length = bytes(prefix).length;
        return bytes(text).length >= length && equals(slice(text, 0, length), prefix);
    }

    function endsWith(string memory text, string memory suffix) internal pure returns (bool) {
        uint256 length = bytes(text).length;
        return length >= bytes(suffix).length && equals(slice(text, length - bytes(suffix).length, length), suffix);
    }

    /// @dev Bytes `[start, end)` of `text`.
    function slice(string memory text, uint256 start, uint256 end) internal pure returns (string memory) {
        bytes memory part = new bytes(end - start);
        for (uint256 i = 0; i < part.length; ++i) part[i] = bytes(text)[start + i];
        return string(part);
    }

    function equals(string memory a, string memory b) internal pure returns (bool) {
        return keccak256(bytes(a)) == keccak256(bytes(b));
    }
}
