import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";

import GasAuctionModule from "./GasAuction.ts";
import SavingsVaultModule from "./SavingsVault.ts";
import TravelTicketModule from "./TravelTicket.ts";
import TripExchangeModule from "./TripExchange.ts";

/** Everything Wayfare deploys; `npm start` and `npm run deploy` deploy this module. */
export default buildModule("Wayfare", (m) => {
  const { tripToken, tripExchange } = m.useModule(TripExchangeModule);
  const { savingsVault } = m.useModule(SavingsVaultModule);
  const { travelTicket, ticketRenderer } = m.useModule(TravelTicketModule);
  const { gasAuction } = m.useModule(GasAuctionModule);
  return { tripToken, tripExchange, savingsVault, travelTicket, ticketRenderer, gasAuction };
});
