import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";

import TravelTicketModule from "./TravelTicket.ts";
import TripExchangeModule from "./TripExchange.ts";

/** Everything Wayfare deploys; `npm start` and `npm run deploy` deploy this module. */
export default buildModule("Wayfare", (m) => {
  const { tripToken, tripExchange } = m.useModule(TripExchangeModule);
  const { travelTicket, ticketRenderer } = m.useModule(TravelTicketModule);
  return { tripToken, tripExchange, travelTicket, ticketRenderer };
});
