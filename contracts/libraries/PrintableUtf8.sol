// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/**
 * @title Printable UTF-8 text
 * @notice Recognises text that every consumer of on-chain metadata can carry after escaping: well-formed
 * UTF-8 (RFC 3629) with no control characters (C0, DEL, C1) and no noncharacters U+FFFE/U+FFFF. Such
 * text is valid in JSON strings (after escaping quotes and backslashes) and in XML 1.0 character data
 * (after escaping markup), which invalid UTF-8 or control characters would not be.
 */
library PrintableUtf8 {
    /// @notice Whether `text` is printable, well-formed UTF-8.
    function isPrintable(bytes calldata text) internal pure returns (bool) {
        uint256 length = text.length;
        uint256 i = 0;
        while (i < length) {
            uint8 lead = uint8(text[i]);
            if (lead < 0x80) {
                if (lead < 0x20 || lead == 0x7f) return false; // C0 controls and DEL
                ++i;
                continue;
            }
            // Continuation bytes are 0x80..0xBF; the lead byte narrows the first one to exclude overlong
            // forms, UTF-16 surrogates (U+D800..U+DFFF) and code points above U+10FFFF.
            uint256 continuationBytes;
            uint8 low = 0x80;
            uint8 high = 0xbf;
            if (lead == 0xc2) {
                continuationBytes = 1;
                low = 0xa0; // U+0080..U+009F are the C1 controls
            } else if (lead > 0xc2 && lead <= 0xdf) {
                continuationBytes = 1;
            } else if (lead >= 0xe0 && lead <= 0xef) {
                continuationBytes = 2;
                if (lead == 0xe0) low = 0xa0;
                else if (lead == 0xed) high = 0x9f;
            } else if (lead >= 0xf0 && lead <= 0xf4) {
                continuationBytes = 3;
                if (lead == 0xf0) low = 0x90;
                else if (lead == 0xf4) high = 0x8f;
            } else {
                return false; // a stray continuation byte, 0xC0/0xC1 (overlong) or 0xF5..0xFF
            }
            if (length - i <= continuationBytes) return false; // truncated sequence
            uint8 next = uint8(text[i + 1]);
            if (next < low || next > high) return false;
            for (uint256 k = 2; k <= continuationBytes; ++k) {
                uint8 continuation = uint8(text[i + k]);
                if (continuation < 0x80 || continuation > 0xbf) return false;
            }
            // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not characters in XML 1.0.
            if (lead == 0xef && next == 0xbf && uint8(text[i + 2]) >= 0xbe) return false;
            i += continuationBytes + 1;
        }
        return true;
    }
}
