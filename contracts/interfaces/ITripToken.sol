// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC1363} from "@openzeppelin/contracts/interfaces/IERC1363.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";

import {IEIP3009} from "./IEIP3009.sol";

/**
 * @title TripToken (TRIP), Wayfare's travel currency
 * @notice An ERC-20 with EIP-2612 permits, ERC-1363 pay-and-call and EIP-3009 gasless payments.
 * TRIP exists only while the exchange desk has it outstanding: the desk is the only minter and the
 * only burner, and nobody can grant those rights again once the deployment renounced the admin role.
 */
interface ITripToken is IERC1363, IERC20Permit, IEIP3009 {
    /**
     * @notice Creates `amount` TRIP for `to`.
     * @dev Requirements: the caller has `MINTER_ROLE` (the exchange desk). Emits `Transfer` from zero.
     */
    function mint(address to, uint256 amount) external;

    /**
     * @notice Destroys `amount` of the caller's own TRIP.
     * @dev Requirements: the caller has `MINTER_ROLE` (the exchange desk, burning what it bought
     * back), so the supply always equals what the desk has outstanding. Emits `Transfer` to zero.
     */
    function burn(uint256 amount) external;

    /// @notice The role allowed to mint and burn: granted to the exchange desk only.
    // solhint-disable-next-line func-name-mixedcase
    function MINTER_ROLE() external view returns (bytes32);
}
