// The merchants of the demo data (hotel, taxi, café): the local chain's named accounts whose role is
// "merchant: <shop name>".
import type { Address } from "viem";

import { localAccounts } from "../_generated/contracts.ts";

export interface Merchant {
  /** The demo account's name, e.g. "Café". */
  account: string;
  /** The shop, e.g. "Café Meridian". */
  shop: string;
  address: Address;
}

const MERCHANT_ROLE = /^merchant: (.+)$/;

export const MERCHANTS: readonly Merchant[] = localAccounts.flatMap((account) => {
  const match = MERCHANT_ROLE.exec(account.role);
  return match ? [{ account: account.name, shop: match[1], address: account.address }] : [];
});

export function merchantAt(address: Address): Merchant | undefined {
  return MERCHANTS.find((merchant) => merchant.address.toLowerCase() === address.toLowerCase());
}
