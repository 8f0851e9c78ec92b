// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {UtcDate} from "../contracts/libraries/UtcDate.sol";
import {Test} from "./utils/Test.sol";

/// @dev Calendar conversion checked on known dates and, fuzzed, against the inverse algorithm.
contract UtcDateTest is Test {
    function test_toDate_epochIsFirstOfJanuary1970() public pure {
        _assertDate(0, 1970, 1, 1);
    }

    function test_toDate_knownDates() public pure {
        _assertDate(951_782_400, 2000, 2, 29); // a leap day in a year divisible by 400
        _assertDate(951_868_800, 2000, 3, 1);
        _assertDate(1_709_164_800, 2024, 2, 29);
        _assertDate(1_735_689_599, 2024, 12, 31); // 23:59:59, the last second of the year
        _assertDate(1_735_689_600, 2025, 1, 1);
        _assertDate(4_107_542_400, 2100, 3, 1); // 2100 is not a leap year: 28 February is followed by 1 March
        _assertDate(4_107_456_000, 2100, 2, 28);
    }

    function test_isoDate_padsMonthAndDay() public pure {
        vm.assertEq(UtcDate.isoDate(1_893_456_000), "2030-01-01", "2030-01-01");
        vm.assertEq(UtcDate.isoDate(1_924_905_600), "2030-12-31", "2030-12-31");
    }

    function test_timeOfDay_isTwentyFourHourClock() public pure {
        vm.assertEq(UtcDate.timeOfDay(0), "00:00", "midnight");
        vm.assertEq(UtcDate.timeOfDay(1_750_000_000), "15:06", "afternoon");
        vm.assertEq(UtcDate.timeOfDay(86_399), "23:59", "last minute");
    }

    function test_twoDigits_padsSingleDigits() public pure {
        vm.assertEq(UtcDate.twoDigits(0), "00", "0");
        vm.assertEq(UtcDate.twoDigits(7), "07", "7");
        vm.assertEq(UtcDate.twoDigits(42), "42", "42");
    }

    function testFuzz_toDate_invertsDaysFromCivil(uint64 timestamp) public pure {
        (uint256 year, uint256 month, uint256 day) = UtcDate.toDate(timestamp);
        vm.assertGe(month, 1, "month >= 1");
        vm.assertLe(month, 12, "month <= 12");
        vm.assertGe(day, 1, "day >= 1");
        vm.assertLe(day, _daysInMonth(year, month), "day within month");
        vm.assertEq(_daysFromCivil(year, month, day), timestamp / 1 days, "round trip");
    }

    function testFuzz_toDate_nextDayIsNextCalendarDay(uint32 dayNumber) public pure {
        (uint256 year, uint256 month, uint256 day) = UtcDate.toDate(uint256(dayNumber) * 1 days);
        (uint256 nextYear, uint256 nextMonth, uint256 nextDay) = UtcDate.toDate((uint256(dayNumber) + 1) * 1 days);
        if (day < _daysInMonth(year, month)) {
            vm.assertEq(nextDay, day + 1, "next day");
            vm.assertEq(nextMonth, month, "same month");
        } else {
            vm.assertEq(nextDay, 1, "first of the month");
            vm.assertEq(nextMonth, month == 12 ? 1 : month + 1, "next month");
            vm.assertEq(nextYear, month == 12 ? year + 1 : year, "year");
        }
    }

    function _assertDate(uint256 timestamp, uint256 year, uint256 month, uint256 day) private pure {
        (uint256 y, uint256 m, uint256 d) = UtcDate.toDate(timestamp);
        vm.assertEq(y, year, "year");
        vm.assertEq(m, month, "month");
        vm.assertEq(d, day, "day");
    }

    /// @dev Hinnant's `days_from_civil`, the inverse of the algorithm under test.
    function _daysFromCivil(uint256 year, uint256 month, uint256 day) private pure returns (uint256) {
        uint256 y = month <= 2 ? year - 1 : year;
        uint256 era = y / 400;
        uint256 yearOfEra = y - era * 400;
        uint256 dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        uint256 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    function _daysInMonth(uint256 year, uint256 month) private pure returns (uint256) {
        if (month == 2) return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
        return (month == 4 || month == 6 || month == 9 || month == 11) ? 30 : 31;
    }
}
