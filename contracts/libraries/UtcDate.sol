// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";

/**
 * @title Calendar dates and times of day (UTC) for Unix timestamps
 * @dev Proleptic Gregorian calendar, as in ISO 8601. Only non-negative timestamps (1970 onwards).
 */
library UtcDate {
    using Strings for uint256;

    uint256 private constant SECONDS_PER_DAY = 86_400;
    uint256 private constant SECONDS_PER_HOUR = 3_600;
    uint256 private constant SECONDS_PER_MINUTE = 60;
    /// @dev Days from 0000-03-01 to 1970-01-01: the civil-from-days algorithm counts from the former.
    uint256 private constant DAYS_FROM_0000_03_01_TO_EPOCH = 719_468;
    /// @dev Days in a 400-year era of the Gregorian calendar (it repeats every 400 years).
    uint256 private constant DAYS_PER_ERA = 146_097;

    /**
     * @notice The calendar date (UTC) of `timestamp`.
     * @dev Howard Hinnant's `civil_from_days` (http://howardhinnant.github.io/date_algorithms.html):
     * counting years from 1 March puts each leap day at the very end of its year, so a day of the year
     * maps to a month with one linear formula, and eras of 400 years repeat exactly.
     */
    function toDate(uint256 timestamp) internal pure returns (uint256 year, uint256 month, uint256 day) {
        uint256 daysSince0000 = timestamp / SECONDS_PER_DAY + DAYS_FROM_0000_03_01_TO_EPOCH;
        uint256 era = daysSince0000 / DAYS_PER_ERA;
        uint256 dayOfEra = daysSince0000 - era * DAYS_PER_ERA; // [0, 146096]
        // Years of 365 days, corrected for the leap days of every 4th, 100th and 400th year.
        uint256 yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365; // [0, 399]
        uint256 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100); // [0, 365], from 1 March
        uint256 marchBasedMonth = (5 * dayOfYear + 2) / 153; // [0, 11]: March is 0, February is 11
        day = dayOfYear - (153 * marchBasedMonth + 2) / 5 + 1;
        month = marchBasedMonth < 10 ? marchBasedMonth + 3 : marchBasedMonth - 9;
        year = era * 400 + yearOfEra + (month <= 2 ? 1 : 0);
    }

    /// @notice `YYYY-MM-DD` (ISO 8601) for `timestamp`.
    function isoDate(uint256 timestamp) internal pure returns (string memory) {
        (uint256 year, uint256 month, uint256 day) = toDate(timestamp);
        return string.concat(year.toString(), "-", twoDigits(month), "-", twoDigits(day));
    }

    /// @notice `HH:MM` (24-hour clock, UTC) for `timestamp`.
    function timeOfDay(uint256 timestamp) internal pure returns (string memory) {
        uint256 secondsOfDay = timestamp % SECONDS_PER_DAY;
        return
            string.concat(
                twoDigits(secondsOfDay / SECONDS_PER_HOUR),
                ":",
                twoDigits((secondsOfDay % SECONDS_PER_HOUR) / SECONDS_PER_MINUTE)
            );
    }

    /// @notice `value` (below 100) as two decimal digits, e.g. `07`.
    function twoDigits(uint256 value) internal pure returns (string memory) {
        return value < 10 ? string.concat("0", value.toString()) : value.toString();
    }
}
