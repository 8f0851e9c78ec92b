import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";

import TripExchangeModule from "./TripExchange.ts";

/** Everything Wayfare deploys; `npm start` and `npm run deploy` deploy this module. */
export default buildModule("Wayfare", (m) => {
  const { tripToken, tripExchange } = m.useModule(TripExchangeModule);
  return { tripToken, tripExchange };
});
