import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";

import { DEMO_ACCOUNTS, type DemoAccountName } from "../../scripts/lib/demo-accounts.ts";
import TripExchangeModule from "./TripExchange.ts";

/** Royalty on ticket resales, in basis points (5 %), unless deploy/parameters/<network>.json says otherwise. */
const DEFAULT_ROYALTY_BPS = 500n;

/** The demo account's index among the node's accounts: the default holder of a role on the local chain. */
function demoAccountIndex(name: DemoAccountName): number {
  const entry = DEMO_ACCOUNTS.find((account) => account.name === name);
  if (!entry) throw new Error(`Unknown demo account "${name}".`);
  return entry.index;
}

/**
 * Journey tickets paid in TRIP, drawn by their own renderer contract. The deployer keeps the admin
 * role (to appoint more inspectors, say); issuer, inspector and treasury are parameters that default
 * to the local chain's demo accounts.
 */
export default buildModule("TravelTicket", (m) => {
  const { tripToken } = m.useModule(TripExchangeModule);
  const deployer = m.getAccount(0);
  const issuer = m.getParameter("issuer", m.getAccount(demoAccountIndex("Issuer")));
  const inspector = m.getParameter("inspector", m.getAccount(demoAccountIndex("Inspector")));
  const treasury = m.getParameter("treasury", m.getAccount(demoAccountIndex("Treasury")));
  const royaltyBps = m.getParameter("royaltyBps", DEFAULT_ROYALTY_BPS);

  const ticketRenderer = m.contract("TicketRenderer");
  const travelTicket = m.contract("TravelTicket", [
    tripToken,
    ticketRenderer,
    deployer,
    treasury,
    royaltyBps,
  ]);
  const issuerRole = m.staticCall(travelTicket, "ISSUER_ROLE");
  const inspectorRole = m.staticCall(travelTicket, "INSPECTOR_ROLE");
  m.call(travelTicket, "grantRole", [issuerRole, issuer], { id: "grantIssuer" });
  m.call(travelTicket, "grantRole", [inspectorRole, inspector], { id: "grantInspector" });

  return { travelTicket, ticketRenderer };
});
