// Who the `trip` CLI acts for: demo accounts by name, any account by address, and the keys it may use.
import { HDNodeWallet, type Provider, getAddress, isAddress } from "ethers";

import { DEMO_ACCOUNTS, HARDHAT_MNEMONIC, LOCAL_CHAIN_ID } from "../lib/demo-accounts.ts";
import { CliError } from "./errors.ts";

/** `hardhat node` funds the first 20 accounts of its mnemonic: the CLI can sign for those. */
const NODE_ACCOUNT_COUNT = 20;
/** BIP-44 path of Ethereum account `i` is this plus `/i`, as in Hardhat. */
const ACCOUNTS_PATH = "m/44'/60'/0'/0";

export interface Account {
  /** The demo name ("Café"), or the address for accounts that have none. */
  name: string;
  address: string;
  /** Index among the node's test accounts, when the CLI holds its (public) key. */
  index?: number;
}

let accountsRoot: HDNodeWallet | undefined;

function testKey(index: number): HDNodeWallet {
  accountsRoot ??= HDNodeWallet.fromPhrase(HARDHAT_MNEMONIC, undefined, ACCOUNTS_PATH);
  return accountsRoot.deriveChild(index);
}

/** Case, accents, spaces and dashes don't matter: "cafe", "Café" and "CAFÉ" are one account. */
function simplify(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/[^\p{Letter}\p{Number}]/gu, "")
    .toLowerCase();
}

function nameOf(index: number | undefined, address: string): string {
  return DEMO_ACCOUNTS.find((account) => account.index === index)?.name ?? address;
}

/** Every demo account, in the order `npm start` lists them. */
export function demoAccounts(): Account[] {
  return DEMO_ACCOUNTS.map(({ name, index }) => ({ name, address: testKey(index).address, index }));
}

/** An account from a demo name (case- and accent-insensitive) or a 0x address. */
export function resolveAccount(input: string): Account {
  if (isAddress(input)) {
    const address = getAddress(input);
    const index = Array.from({ length: NODE_ACCOUNT_COUNT }, (_, i) => i).find(
      (i) => testKey(i).address === address,
    );
    return { name: nameOf(index, address), address, index };
  }
  if (/^0x[0-9a-f]{40}$/i.test(input)) {
    throw new CliError(`"${input}" has a typo: its mixed-case letters do not match the address's checksum.`);
  }
  if (/^0x/i.test(input)) throw new CliError(`"${input}" is not an address: write 0x and 40 hex digits.`);
  const wanted = simplify(input);
  const demo = DEMO_ACCOUNTS.find((account) => simplify(account.name) === wanted);
  if (!demo) {
    const names = DEMO_ACCOUNTS.map((account) => account.name).join(", ");
    throw new CliError(`Unknown account "${input}": use a demo name (${names}) or a 0x address.`);
  }
  return { name: demo.name, address: testKey(demo.index).address, index: demo.index };
}

/**
 * A wallet that signs as `account` on `provider`'s chain. The keys are Hardhat's public test keys,
 * so they are used on the local chain only.
 */
export function signerFor(account: Account, provider: Provider, chainId: number): HDNodeWallet {
  if (chainId !== LOCAL_CHAIN_ID) {
    throw new CliError(
      `The trip CLI signs only on the local chain (${LOCAL_CHAIN_ID}), not on chain ${chainId}: its keys are public test keys.`,
    );
  }
  if (account.index === undefined) {
    throw new CliError(
      `${account.address} is not one of the local chain's test accounts, so the CLI cannot sign for it.`,
    );
  }
  return testKey(account.index).connect(provider);
}
