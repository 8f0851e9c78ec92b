// The local chain's cast: Hardhat's well-known test accounts, by the role they play in the demo.
// Their keys are public (derived from Hardhat's default mnemonic) and only ever used on chain 31337.
import { type HDAccount, mnemonicToAccount } from "viem/accounts";

export const LOCAL_CHAIN_ID = 31337;

/** Hardhat's default mnemonic: every `hardhat node` funds its first 20 accounts from it. */
export const HARDHAT_MNEMONIC = "test test test test test test test test test test test junk";

export const DEMO_ACCOUNTS = [
  { name: "Deployer", index: 0, role: "deploys the contracts and operates the auction" },
  { name: "Tourist", index: 1, role: "a visitor with ETH and no TRIP yet" },
  { name: "Hotel", index: 2, role: "merchant: Hotel Aurora" },
  { name: "Taxi", index: 3, role: "merchant: Harbour Taxi" },
  { name: "Café", index: 4, role: "merchant: Café Meridian" },
  { name: "Sponsor", index: 5, role: "pays yield into the savings vault" },
  { name: "Saver", index: 6, role: "has a locked deposit and a savings goal" },
  { name: "Issuer", index: 7, role: "creates journeys and sets the ticket royalty" },
  { name: "Inspector", index: 8, role: "checks tickets in at the gate" },
  { name: "Treasury", index: 9, role: "withdraws ticket sales" },
  { name: "Bot Ada", index: 10, role: "auction bot" },
  { name: "Bot Bo", index: 11, role: "auction bot" },
  { name: "Bot Cy", index: 12, role: "auction bot" },
] as const;

export type DemoAccountName = (typeof DEMO_ACCOUNTS)[number]["name"];

/** The viem account (with its public test key) for a demo role. */
export function demoAccount(name: DemoAccountName): HDAccount {
  const entry = DEMO_ACCOUNTS.find((account) => account.name === name);
  if (!entry) throw new Error(`Unknown demo account "${name}".`);
  return mnemonicToAccount(HARDHAT_MNEMONIC, { addressIndex: entry.index });
}
