// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ITripExchange} from "../../contracts/interfaces/ITripExchange.sol";
import {ITripToken} from "../../contracts/interfaces/ITripToken.sol";

/**
 * @title A desk customer whose `receive` attacks the desk while being paid for a sale
 * @dev It sells part of its TRIP and, from the ETH payout, tries to re-enter the desk with the rest.
 */
contract MaliciousSeller {
    /// @dev What `receive` does when the desk pays out.
    enum Attack {
        None,
        RefuseEth,
        ReenterBuy,
        ReenterSell,
        ReenterSellByTransferAndCall,
        ReenterSellAndSwallowRevert
    }

    /// @notice The `RefuseEth` attack: a seller that cannot be paid.
    error EthRefused(uint256 amount);

    ITripExchange public immutable desk;
    ITripToken public immutable token;
    Attack public attack;
    /// @notice Whether the re-entrant call of `ReenterSellAndSwallowRevert` was refused by the desk.
    bool public reentryRefused;
    /// @dev Re-enter once only: a payout reaching a re-entered sale must not attack again.
    bool private _attacking;

    constructor(ITripExchange desk_) {
        desk = desk_;
        token = ITripToken(desk_.token());
    }

    /// @notice Chooses what the next payout triggers.
    function setAttack(Attack attack_) external {
        attack = attack_;
    }

    /// @notice Buys TRIP with the ETH sent along.
    function buy() external payable {
        desk.buy{value: msg.value}();
    }

    /// @notice Sells `amount` TRIP with an approval and `sell`.
    function sell(uint256 amount) external {
        token.approve(address(desk), amount);
        desk.sell(amount);
    }

    /// @notice Sells `amount` TRIP with one `transferAndCall` to the desk.
    function sellByTransferAndCall(uint256 amount) external {
        token.transferAndCall(address(desk), amount);
    }

    /// @notice The desk's payout: runs the chosen attack, once.
    receive() external payable {
        if (attack == Attack.RefuseEth) revert EthRefused(msg.value);
        if (_attacking) return;
        _attacking = true;
        uint256 reentryAmount = desk.rate();
        if (attack == Attack.ReenterBuy) desk.buy{value: msg.value}();
        if (attack == Attack.ReenterSell) {
            token.approve(address(desk), reentryAmount);
            desk.sell(reentryAmount);
        }
        if (attack == Attack.ReenterSellByTransferAndCall) token.transferAndCall(address(desk), reentryAmount);
        if (attack == Attack.ReenterSellAndSwallowRevert) {
            token.approve(address(desk), reentryAmount);
            try desk.sell(reentryAmount) {} catch {
                reentryRefused = true;
            }
        }
        _attacking = false;
    }
}
