import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";

import TripExchangeModule from "./TripExchange.ts";

/** The savings vault (svTRIP) over the TRIP that the exchange desk mints. */
export default buildModule("SavingsVault", (m) => {
  const { tripToken } = m.useModule(TripExchangeModule);
  const savingsVault = m.contract("SavingsVault", [tripToken]);
  return { savingsVault };
});
