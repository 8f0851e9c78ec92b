// The `trip` CLI's commands, given checked input. Each checks the chain before sending, so mistakes cost no gas.
import type { Contract, Log, TransactionReceipt, TransactionResponse } from "ethers";

import { formatTable } from "../lib/table.ts";
import { TRANSFER_WITH_AUTHORIZATION_TYPES, randomNonce } from "../lib/typed-data.ts";
import { type Account, demoAccounts, signerFor } from "./accounts.ts";
import { type Unit, formatAmount, formatDecimal } from "./amounts.ts";
import type { Chain } from "./chain.ts";
import { CliError } from "./errors.ts";

/** How long a `pay` authorization stays valid after it is signed, in seconds. */
const AUTHORIZATION_LIFETIME_S = 3_600;

export type Print = (line: string) => void;

async function tripBalance(chain: Chain, address: string): Promise<bigint> {
  return (await chain.tripToken.balanceOf(address)) as bigint;
}

async function mined(sent: Promise<TransactionResponse>): Promise<TransactionReceipt> {
  const receipt = await (await sent).wait();
  if (!receipt) throw new CliError("The transaction was replaced before it was mined.");
  return receipt;
}

function gasLine(receipt: TransactionReceipt): string {
  return `tx ${receipt.hash}, gas used ${receipt.gasUsed.toLocaleString("en-US")}, fee ${formatAmount(receipt.fee, "ETH")}`;
}

/** The args of the first `eventName` that `contract` emitted in `receipt`. */
function eventArgs(contract: Contract, receipt: TransactionReceipt, eventName: string) {
  const address = (contract.target as string).toLowerCase();
  for (const log of receipt.logs as readonly Log[]) {
    if (log.address.toLowerCase() !== address) continue;
    const parsed = contract.interface.parseLog(log);
    if (parsed?.name === eventName) return parsed.args;
  }
  throw new CliError(`The transaction ${receipt.hash} succeeded but emitted no ${eventName} event.`);
}

function requireEnough(account: Account, has: bigint, needs: bigint, unit: Unit, action: string): void {
  if (has < needs) {
    throw new CliError(
      `${account.name} has ${formatAmount(has, unit)}, not enough to ${action} ${formatAmount(needs, unit)}.`,
    );
  }
}

/** `balance [account]`: ETH and TRIP of one account, or of every demo account and the desk. */
export async function balance(chain: Chain, print: Print, who?: Account): Promise<void> {
  const accounts = who === undefined ? demoAccounts() : [who];
  const balances = await Promise.all(
    accounts.map(async (account) => ({
      account,
      eth: await chain.provider.getBalance(account.address),
      trip: await tripBalance(chain, account.address),
    })),
  );
  if (who !== undefined) {
    const [{ account, eth, trip }] = balances;
    const label = account.name === account.address ? account.address : `${account.name} ${account.address}`;
    print(`${label}: ${formatAmount(eth, "ETH")}, ${formatAmount(trip, "TRIP")}`);
    return;
  }
  const rows = balances.map(({ account, eth, trip }) => [
    account.name,
    account.address,
    formatDecimal(eth),
    formatDecimal(trip),
  ]);
  for (const line of formatTable(
    [["Account", "Address", "ETH", "TRIP"], ...rows],
    [false, false, true, true],
  )) {
    print(line);
  }
  const deskEth = await chain.provider.getBalance(chain.tripExchange.target);
  const outstanding = (await chain.tripExchange.outstanding()) as bigint;
  print(
    `Exchange desk holds ${formatAmount(deskEth, "ETH")} for ${formatAmount(outstanding, "TRIP")} outstanding.`,
  );
}

/** `buy <eth>`: changes ETH into TRIP at the desk. */
export async function buy(chain: Chain, print: Print, buyer: Account, ethIn: bigint): Promise<void> {
  const signer = signerFor(buyer, chain.provider, chain.chainId);
  requireEnough(buyer, await chain.provider.getBalance(buyer.address), ethIn, "ETH", "buy TRIP with");

  const desk = chain.tripExchange.connect(signer) as Contract;
  const receipt = await mined(desk.getFunction("buy")({ value: ethIn }));
  const { tripOut } = eventArgs(chain.tripExchange, receipt, "Bought");
  print(`${buyer.name} bought ${formatAmount(tripOut as bigint, "TRIP")} for ${formatAmount(ethIn, "ETH")}.`);
  print(`  ${gasLine(receipt)}`);
}

/** `sell <trip>`: sells TRIP back to the desk with one `transferAndCall`, no approval needed. */
export async function sell(chain: Chain, print: Print, seller: Account, amount: bigint): Promise<void> {
  const signer = signerFor(seller, chain.provider, chain.chainId);
  const rate = (await chain.tripExchange.rate()) as bigint;
  if (amount % rate !== 0n) {
    throw new CliError(
      `The desk buys back whole wei only: sell a multiple of ${formatAmount(rate, "TRIP")} (1 wei of ETH).`,
    );
  }
  requireEnough(seller, await tripBalance(chain, seller.address), amount, "TRIP", "sell");

  const token = chain.tripToken.connect(signer) as Contract;
  const transferAndCall = token.getFunction("transferAndCall(address,uint256)");
  const receipt = await mined(transferAndCall(chain.tripExchange.target, amount));
  const { ethOut } = eventArgs(chain.tripExchange, receipt, "Sold");
  print(
    `${seller.name} sold ${formatAmount(amount, "TRIP")} for ${formatAmount(ethOut as bigint, "ETH")} in one transferAndCall.`,
  );
  print(`  ${gasLine(receipt)}`);
}

/**
 * `pay <merchant> <trip>`: the payer signs an EIP-3009 `TransferWithAuthorization` off-chain, and the
 * merchant submits it: the merchant pays the gas, the payer needs no ETH at all.
 */
export async function pay(
  chain: Chain,
  print: Print,
  payer: Account,
  merchant: Account,
  value: bigint,
): Promise<void> {
  const payerSigner = signerFor(payer, chain.provider, chain.chainId);
  const merchantSigner = signerFor(merchant, chain.provider, chain.chainId);
  requireEnough(payer, await tripBalance(chain, payer.address), value, "TRIP", "pay");

  // The domain as any wallet would discover it (EIP-5267), and the chain's clock for the window.
  const [, name, version, chainId, verifyingContract] = (await chain.tripToken.eip712Domain()) as [
    string,
    string,
    string,
    bigint,
    string,
  ];
  const latest = await chain.provider.getBlock("latest");
  if (!latest) throw new CliError("The chain has no latest block.");
  const authorization = {
    from: payer.address,
    to: merchant.address,
    value,
    validAfter: 0n,
    validBefore: BigInt(latest.timestamp + AUTHORIZATION_LIFETIME_S),
    nonce: randomNonce(),
  };
  const signature = await payerSigner.signTypedData(
    { name, version, chainId, verifyingContract },
    { TransferWithAuthorization: [...TRANSFER_WITH_AUTHORIZATION_TYPES.TransferWithAuthorization] },
    authorization,
  );
  print(
    `${payer.name} signed an authorization to pay ${merchant.name} ${formatAmount(value, "TRIP")} (nonce ${authorization.nonce}).`,
  );

  const payerEthBefore = await chain.provider.getBalance(payer.address);
  const token = chain.tripToken.connect(merchantSigner) as Contract;
  const transferWithAuthorization = token.getFunction(
    "transferWithAuthorization(address,address,uint256,uint256,uint256,bytes32,bytes)",
  );
  const { from: signer, to, validAfter, validBefore, nonce } = authorization;
  const receipt = await mined(
    transferWithAuthorization(signer, to, value, validAfter, validBefore, nonce, signature),
  );
  const payerEthAfter = await chain.provider.getBalance(payer.address);
  print(`${merchant.name} submitted it and paid the gas: ${gasLine(receipt)}.`);
  print(
    payerEthAfter === payerEthBefore
      ? `${payer.name} paid no gas: its ETH balance is still ${formatAmount(payerEthAfter, "ETH")}.`
      : `${payer.name}'s ETH balance changed meanwhile, by another transaction.`,
  );
}
