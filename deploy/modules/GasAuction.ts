import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";

/** The last-seat race, operated (rounds opened) by the deployer, who may appoint other operators. */
export default buildModule("GasAuction", (m) => {
  const operator = m.getAccount(0);
  const gasAuction = m.contract("GasAuction", [operator]);
  return { gasAuction };
});
