// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {ERC1363} from "@openzeppelin/contracts/token/ERC20/extensions/ERC1363.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";

import {EIP3009} from "./EIP3009.sol";
import {ITripToken} from "./interfaces/ITripToken.sol";

/**
 * @title TripToken (TRIP)
 * @notice Wayfare's travel currency. See {ITripToken}.
 * @dev The EIP-712 domain ("Trip Token", version "1") is shared by permits and EIP-3009 authorizations.
 */
contract TripToken is ERC20, ERC20Permit, ERC20Burnable, ERC1363, EIP3009, AccessControl, ITripToken {
    /// @inheritdoc ITripToken
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");

    /// @param admin Receives `DEFAULT_ADMIN_ROLE` to grant `MINTER_ROLE` to the desk, then renounces it.
    constructor(address admin) ERC20("Trip Token", "TRIP") ERC20Permit("Trip Token") {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @inheritdoc ITripToken
    function mint(address to, uint256 amount) external onlyRole(MINTER_ROLE) {
        _mint(to, amount);
    }

    /// @inheritdoc ITripToken
    function burn(uint256 amount) public override(ERC20Burnable, ITripToken) onlyRole(MINTER_ROLE) {
        super.burn(amount);
    }

    /**
     * @notice Disabled for everyone but the minter, like `burn`: only the desk takes TRIP out of supply.
     * @dev Requirements: the caller has `MINTER_ROLE` and an allowance from `account`.
     */
    function burnFrom(address account, uint256 amount) public override onlyRole(MINTER_ROLE) {
        super.burnFrom(account, amount);
    }

    /// @inheritdoc ERC20Permit
    function nonces(address owner) public view override(ERC20Permit, IERC20Permit) returns (uint256) {
        return super.nonces(owner);
    }

    /// @inheritdoc ERC1363
    function supportsInterface(
        bytes4 interfaceId
    ) public view override(ERC1363, AccessControl, IERC165) returns (bool) {
        return super.supportsInterface(interfaceId);
    }
}
