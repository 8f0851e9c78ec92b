import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";

import TripTokenModule from "./TripToken.ts";

/** TRIP per ETH at the desk, unless deploy/parameters/<network>.json says otherwise. */
const DEFAULT_RATE = 1000n;

/**
 * The exchange desk, made TRIP's only minter; then the deployer renounces TRIP's admin role, so
 * nobody can ever mint outside the desk.
 */
export default buildModule("TripExchange", (m) => {
  const { tripToken } = m.useModule(TripTokenModule);
  const deployer = m.getAccount(0);
  const rate = m.getParameter("rate", DEFAULT_RATE);

  const tripExchange = m.contract("TripExchange", [tripToken, rate]);
  const minterRole = m.staticCall(tripToken, "MINTER_ROLE", []);
  const adminRole = m.staticCall(tripToken, "DEFAULT_ADMIN_ROLE", []);
  const grantMinter = m.call(tripToken, "grantRole", [minterRole, tripExchange]);
  m.call(tripToken, "renounceRole", [adminRole, deployer], { after: [grantMinter] });

  return { tripToken, tripExchange };
});
