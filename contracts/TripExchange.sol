// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC1363Receiver} from "@openzeppelin/contracts/interfaces/IERC1363Receiver.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {ITripExchange} from "./interfaces/ITripExchange.sol";
import {ITripToken} from "./interfaces/ITripToken.sol";

/**
 * @title TripExchange
 * @notice Wayfare's currency exchange desk. See {ITripExchange}.
 * @dev There is no `receive`/`fallback`: plain ETH without `buy()` is refused. ETH forced in (e.g. by
 * `selfdestruct`) only over-backs TRIP, which is why backing is `>=` and not `==`.
 */
contract TripExchange is ITripExchange, ReentrancyGuardTransient {
    ITripToken private immutable _token;
    uint256 private immutable _rate;
    uint256 private _outstanding;

    /// @param token_ The TRIP token, which must grant this desk `MINTER_ROLE`.
    /// @param rate_ TRIP per ETH (TRIP base units per wei), e.g. 1000.
    constructor(ITripToken token_, uint256 rate_) {
        if (rate_ == 0) revert InvalidRate();
        _token = token_;
        _rate = rate_;
    }

    /// @inheritdoc ITripExchange
    function buy() external payable nonReentrant returns (uint256 tripOut) {
        if (msg.value == 0) revert ZeroAmount();
        tripOut = msg.value * _rate;
        _outstanding += tripOut;
        emit Bought(msg.sender, msg.value, tripOut);
        _token.mint(msg.sender, tripOut);
    }

    /// @inheritdoc ITripExchange
    function sell(uint256 amount) external nonReentrant returns (uint256 ethOut) {
        return _sellFrom(msg.sender, amount);
    }

    /// @inheritdoc ITripExchange
    function sellWithPermit(
        uint256 amount,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external nonReentrant returns (uint256 ethOut) {
        // A front-runner may have submitted the permit already; the allowance is what matters.
        try _token.permit(msg.sender, address(this), amount, deadline, v, r, s) {} catch {} // solhint-disable-line no-empty-blocks
        return _sellFrom(msg.sender, amount);
    }

    /**
     * @notice Sells TRIP sent with `transferAndCall`: one transaction, no approval.
     * @dev Requirements: called by the TRIP token; `value` is a positive multiple of `rate()`; `from`
     * accepts ETH. Emits `Sold`. Any revert undoes the transfer, so nothing is kept.
     * @return The ERC-1363 acceptance selector.
     */
    function onTransferReceived(
        address,
        address from,
        uint256 value,
        bytes calldata
    ) external nonReentrant returns (bytes4) {
        if (msg.sender != address(_token)) revert UnsupportedToken(msg.sender);
        _settleSale(from, value);
        return IERC1363Receiver.onTransferReceived.selector;
    }

    /// @inheritdoc ITripExchange
    function token() external view returns (address) {
        return address(_token);
    }

    /// @inheritdoc ITripExchange
    function rate() external view returns (uint256) {
        return _rate;
    }

    /// @inheritdoc ITripExchange
    function outstanding() external view returns (uint256) {
        return _outstanding;
    }

    function _sellFrom(address seller, uint256 amount) private returns (uint256 ethOut) {
        // Pulling TRIP in is an interaction with the trusted token before the effects; it cannot
        // re-enter (nonReentrant) and the payout below still comes last.
        _token.transferFrom(seller, address(this), amount);
        return _settleSale(seller, amount);
    }

    /// @dev Burns `amount` TRIP the desk now holds and pays `seller`: effects before the ETH call.
    function _settleSale(address seller, uint256 amount) private returns (uint256 ethOut) {
        if (amount == 0) revert ZeroAmount();
        if (amount % _rate != 0) revert AmountNotMultipleOfRate(amount, _rate);
        ethOut = amount / _rate;
        _outstanding -= amount;
        emit Sold(seller, amount, ethOut);
        _token.burn(amount);
        // solhint-disable-next-line avoid-low-level-calls
        (bool paid, ) = seller.call{value: ethOut}("");
        if (!paid) revert EthTransferFailed(seller, ethOut);
    }
}
