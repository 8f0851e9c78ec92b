// The last-seat race on a local chain: every bidder's `GasAuction.enter` goes into one block, and the
// block's builder (EDR, with its mempool ordered by priority fee) decides who is first.
// Plain viem and no Node-only APIs: the CLI uses it, and so will the dApp's server side.
import {
  type Abi,
  type Account,
  type Address,
  BaseError,
  type Chain,
  ContractFunctionRevertedError,
  type Hash,
  type PublicClient,
  type TestClient,
  type TransactionReceipt,
  type Transport,
  type WalletClient,
  encodeFunctionData,
  parseEventLogs,
  zeroAddress,
} from "viem";

/** Where GasAuction lives and its ABI (from the deployment, or generated bindings). */
export interface AuctionContract {
  address: Address;
  abi: Abi;
}

export interface RaceBidder {
  /** How the bidder is shown, e.g. "Bot Ada". */
  name: string;
  wallet: WalletClient<Transport, Chain, Account>;
  /** The tip offered (`maxPriorityFeePerGas`), in wei per gas. */
  tip: bigint;
}

export interface RaceOptions {
  publicClient: PublicClient;
  testClient: TestClient<"hardhat">;
  auction: AuctionContract;
  roundId: bigint;
  /** Submitted in this order; with equal tips the earlier submission is mined first. */
  bidders: readonly RaceBidder[];
}

/** One bidder's transaction as the block holds it. All amounts in wei. */
export interface RaceTransaction {
  bidder: string;
  address: Address;
  hash: Hash;
  /** Place in the order of submission (0 = sent first). */
  submitted: number;
  /** Place in the mined block (0 = first). */
  indexInBlock: number;
  status: "success" | "reverted";
  /** The tip offered, per gas. */
  tip: bigint;
  /** What was paid per gas: the block's base fee plus the tip (type-2 transactions). */
  effectiveGasPrice: bigint;
  gasUsed: bigint;
  /** `gasUsed × effectiveGasPrice`, taken from the bidder win or lose. */
  feePaid: bigint;
  /** The base-fee part of the fee, burned. */
  baseFeeBurned: bigint;
  /** The tip part of the fee, paid to the block's builder. */
  tipPaid: bigint;
  /** The position GasAuction recorded for this entry (0 wins), or null if the entry reverted. */
  position: number | null;
  won: boolean;
}

export interface RaceResult {
  roundId: bigint;
  blockNumber: bigint;
  blockHash: Hash;
  baseFeePerGas: bigint;
  /** The race's transactions in block order. */
  transactions: RaceTransaction[];
  /** Transactions from outside the race that the same block picked up. */
  otherTransactions: number;
  /** The round's winner as the contract records it. */
  winner: Address;
}

/** A race that could not run or complete; its message is a sentence for the user. */
export class RaceError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "RaceError";
  }
}

/** Extra gas over the estimate of a winning entry, in percent: losing entries need less. */
const GAS_HEADROOM_PERCENT = 20n;

/** Races share the chain's mining switch, so one at a time per process. */
let raceQueue: Promise<unknown> = Promise.resolve();

function exclusively<T>(task: () => Promise<T>): Promise<T> {
  const run = raceQueue.then(task, task);
  raceQueue = run.catch(() => undefined);
  return run;
}

/** The custom error's name and arguments when `error` is a decoded contract revert. */
export function revertReason(error: unknown): { errorName: string; args: readonly unknown[] } | undefined {
  if (!(error instanceof BaseError)) return undefined;
  const reverted = error.walk((cause) => cause instanceof ContractFunctionRevertedError);
  if (!(reverted instanceof ContractFunctionRevertedError) || !reverted.data) return undefined;
  return { errorName: reverted.data.errorName, args: reverted.data.args ?? [] };
}

/** The operator opens a round for `prize`; resolves to its id once mined. */
export async function openRound(options: {
  publicClient: PublicClient;
  operator: WalletClient<Transport, Chain, Account>;
  auction: AuctionContract;
  prize: string;
}): Promise<bigint> {
  const { publicClient, operator, auction, prize } = options;
  const hash = await operator.writeContract({
    address: auction.address,
    abi: auction.abi,
    functionName: "openRound",
    args: [prize],
  });
  const receipt = await publicClient.waitForTransactionReceipt({ hash });
  const [opened] = parseEventLogs({ abi: auction.abi, logs: receipt.logs, eventName: "RoundOpened" });
  if (receipt.status !== "success" || !opened) throw new RaceError(`Opening the round failed (${hash}).`);
  return (opened.args as { roundId: bigint }).roundId;
}

/**
 * Runs one race: pauses automine, submits every bidder's `enter(roundId)` with its tip, mines one block,
 * and reports the block's order with what each bidder paid. Automine is on when this settles, whether
 * the race completed or not (the local chain automines except during a race, so a switch left off by an
 * interrupted race is healed too), and a race that fails midway drops the entries it had submitted, so
 * no bidder is left with a stuck transaction. Checks that need no paused mining (bidders, round, gas,
 * balances) run first and throw `RaceError` without touching automine.
 *
 * The gas price of every entry is the next block's base fee plus the bidder's tip (each offers a
 * `maxFeePerGas` well above it), so the tips alone decide the order.
 */
export function runRace(options: RaceOptions): Promise<RaceResult> {
  return exclusively(() => race(options));
}

async function race({
  publicClient,
  testClient,
  auction,
  roundId,
  bidders,
}: RaceOptions): Promise<RaceResult> {
  await checkBidders(publicClient, bidders);
  await checkRoundOpen(publicClient, auction, roundId);
  const data = encodeFunctionData({ abi: auction.abi, functionName: "enter", args: [roundId] });
  const gas = await entryGasLimit(publicClient, auction, data, bidders);
  const { baseFeePerGas } = await publicClient.getBlock({ blockTag: "latest" });
  // The base fee rises at most 12.5 % a block: twice the current one always covers the next.
  const maxBaseFee = 2n * (baseFeePerGas ?? 0n);
  await checkBalances(publicClient, bidders, gas, maxBaseFee);

  const submitted: { bidder: RaceBidder; hash: Hash }[] = [];
  let failure: unknown;
  await testClient.setAutomine(false);
  try {
    for (const bidder of bidders) {
      const nonce = await publicClient.getTransactionCount({
        address: bidder.wallet.account.address,
        blockTag: "pending",
      });
      const hash = await bidder.wallet.sendTransaction({
        to: auction.address,
        data,
        gas,
        nonce,
        maxPriorityFeePerGas: bidder.tip,
        maxFeePerGas: maxBaseFee + bidder.tip,
      });
      submitted.push({ bidder, hash });
    }
    await testClient.request({ method: "evm_mine", params: undefined });
    return await readRace(publicClient, auction, roundId, submitted);
  } catch (error) {
    failure = error;
    await dropUnmined(publicClient, testClient, submitted);
    throw error;
  } finally {
    try {
      await testClient.setAutomine(true);
    } catch (restoreError) {
      // The race's own failure (e.g. the node went away) explains more than this one.
      if (failure === undefined) throw restoreError;
    }
  }
}

async function checkBidders(publicClient: PublicClient, bidders: readonly RaceBidder[]): Promise<void> {
  if (bidders.length === 0) throw new RaceError("A race needs at least one bidder.");
  const seen = new Set<string>();
  for (const { name, wallet, tip } of bidders) {
    const address = wallet.account.address.toLowerCase();
    if (seen.has(address)) throw new RaceError(`${name} is in the race twice: one entry per account.`);
    seen.add(address);
    if (tip < 0n) throw new RaceError(`${name}'s tip is negative.`);
    const [mined, pending] = await Promise.all([
      publicClient.getTransactionCount({ address: wallet.account.address, blockTag: "latest" }),
      publicClient.getTransactionCount({ address: wallet.account.address, blockTag: "pending" }),
    ]);
    if (pending !== mined) {
      throw new RaceError(
        `${name} has ${pending - mined} transaction(s) waiting to be mined: mine or drop them before racing.`,
      );
    }
  }
}

async function checkRoundOpen(publicClient: PublicClient, auction: AuctionContract, roundId: bigint) {
  let winner: Address;
  try {
    [, , winner] = (await publicClient.readContract({
      address: auction.address,
      abi: auction.abi,
      functionName: "round",
      args: [roundId],
    })) as readonly [string, bigint, Address, bigint];
  } catch (error) {
    if (revertReason(error)?.errorName === "UnknownRound")
      throw new RaceError(`Round ${roundId} does not exist: open one first.`, { cause: error });
    throw error;
  }
  if (winner !== zeroAddress) throw new RaceError(`Round ${roundId} was already won by ${winner}.`);
}

/** Every entry gets the gas a winning entry needs (the costlier path), since any of them may win. */
async function entryGasLimit(
  publicClient: PublicClient,
  auction: AuctionContract,
  data: `0x${string}`,
  bidders: readonly RaceBidder[],
): Promise<bigint> {
  const estimate = await publicClient.estimateGas({
    account: bidders[0].wallet.account.address,
    to: auction.address,
    data,
  });
  return estimate + (estimate * GAS_HEADROOM_PERCENT) / 100n;
}

async function checkBalances(
  publicClient: PublicClient,
  bidders: readonly RaceBidder[],
  gas: bigint,
  maxBaseFee: bigint,
): Promise<void> {
  for (const { name, wallet, tip } of bidders) {
    const balance = await publicClient.getBalance({ address: wallet.account.address });
    const worstCase = gas * (maxBaseFee + tip);
    if (balance < worstCase) {
      throw new RaceError(
        `${name} cannot cover the gas: a tip of ${tip} wei per gas may cost up to ${worstCase} wei, and the balance is ${balance} wei.`,
      );
    }
  }
}

async function dropUnmined(
  publicClient: PublicClient,
  testClient: TestClient<"hardhat">,
  submitted: readonly { hash: Hash }[],
): Promise<void> {
  for (const { hash } of submitted) {
    try {
      const mined = await publicClient
        .getTransactionReceipt({ hash })
        .then(() => true)
        .catch(() => false);
      if (!mined) await testClient.dropTransaction({ hash });
    } catch {
      // Best effort: the node may be the reason the race failed.
    }
  }
}

async function readRace(
  publicClient: PublicClient,
  auction: AuctionContract,
  roundId: bigint,
  submitted: readonly { bidder: RaceBidder; hash: Hash }[],
): Promise<RaceResult> {
  const receipts = await Promise.all(
    submitted.map(({ hash }) => publicClient.getTransactionReceipt({ hash }).catch(() => undefined)),
  );
  const missing = submitted.filter((_, index) => receipts[index] === undefined);
  if (missing.length > 0) {
    throw new RaceError(
      `The block was mined without ${missing.map(({ bidder }) => bidder.name).join(", ")}'s entry; dropped it.`,
    );
  }
  const mined = receipts as TransactionReceipt[];
  const blockNumber = mined[0].blockNumber;
  if (mined.some((receipt) => receipt.blockNumber !== blockNumber)) {
    throw new RaceError(
      "The entries were mined in more than one block: something else mined during the race.",
    );
  }
  const block = await publicClient.getBlock({ blockNumber });
  const baseFeePerGas = block.baseFeePerGas ?? 0n;
  const [, , winner] = (await publicClient.readContract({
    address: auction.address,
    abi: auction.abi,
    functionName: "round",
    args: [roundId],
    blockNumber,
  })) as readonly [string, bigint, Address, bigint];

  const transactions = submitted.map(({ bidder, hash }, index): RaceTransaction => {
    const receipt = mined[index];
    const [entered] = parseEventLogs({ abi: auction.abi, logs: receipt.logs, eventName: "Entered" });
    const position = entered ? Number((entered.args as { position: bigint }).position) : null;
    const feePaid = receipt.gasUsed * receipt.effectiveGasPrice;
    const baseFeeBurned = receipt.gasUsed * baseFeePerGas;
    return {
      bidder: bidder.name,
      address: bidder.wallet.account.address,
      hash,
      submitted: index,
      indexInBlock: receipt.transactionIndex,
      status: receipt.status,
      tip: bidder.tip,
      effectiveGasPrice: receipt.effectiveGasPrice,
      gasUsed: receipt.gasUsed,
      feePaid,
      baseFeeBurned,
      tipPaid: feePaid - baseFeeBurned,
      position,
      won: position === 0,
    };
  });
  transactions.sort((a, b) => a.indexInBlock - b.indexInBlock);
  return {
    roundId,
    blockNumber,
    blockHash: block.hash,
    baseFeePerGas,
    transactions,
    otherTransactions: block.transactions.length - transactions.length,
    winner,
  };
}
