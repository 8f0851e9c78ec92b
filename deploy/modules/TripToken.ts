import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";

/** TRIP, with the deployer as temporary admin (TripExchange's module hands minting to the desk). */
export default buildModule("TripToken", (m) => {
  const deployer = m.getAccount(0);
  const tripToken = m.contract("TripToken", [deployer]);
  return { tripToken };
});
