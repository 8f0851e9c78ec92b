// The last-seat race on a local chain: every bidder's `GasAuction.enter` goes into one block, and the
// block's builder (EDR, with its mempool ordered by priority fee) decides who is first.
// Plain viem and no Node-only APIs: the CLI, the seed and the dApp's Auction lab (in the browser) use it.
import {
  type Abi,
  type Account,
  type Address,
  BaseError,
  type Block,
  type Chain,
  ContractFunctionRevertedError,
  type Hash,
  type PublicClient,
  type TestClient,
  type Transaction,
  type TransactionReceipt,
  type Transport,
  type WalletClient,
  encodeFunctionData,
  formatEther,
  formatGwei,
  getAddress,
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
  /**
   * How long each bidder's wallet may take to send its entry while mining is paused, in milliseconds
   * (default {@link SEND_TIMEOUT_MS}): a wallet prompt left open must not hold the chain's blocks.
   */
  sendTimeoutMs?: number;
}

/** How long a bidder's wallet may take to send its entry by default: one minute to confirm a prompt. */
export const SEND_TIMEOUT_MS = 60_000;

/** One entry as the block holds it. All amounts in wei. */
export interface BlockEntry {
  bidder: string;
  address: Address;
  hash: Hash;
  /** Place in the mined block (0 = first). */
  indexInBlock: number;
  status: "success" | "reverted";
  /** The tip the mined transaction offered per gas (its `maxPriorityFeePerGas`): a wallet may change the one asked for. */
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

/** One bidder's transaction in a race just run, where the order of submission is known. */
export interface RaceTransaction extends BlockEntry {
  /** Place in the order of submission (0 = sent first). */
  submitted: number;
}

/** A round's race block: its entries in block order, and the block's fee numbers. */
export interface RaceBlock<Entry extends BlockEntry = BlockEntry> {
  roundId: bigint;
  blockNumber: bigint;
  blockHash: Hash;
  baseFeePerGas: bigint;
  /** The block's gas used and limit (its target is half the limit): they set the next base fee. */
  blockGasUsed: bigint;
  blockGasLimit: bigint;
  /** Who received the block's tips (the builder's fee recipient, `coinbase`). */
  feeRecipient: Address;
  /** The race's transactions in block order. */
  transactions: Entry[];
  /** Transactions from outside the race that the same block picked up. */
  otherTransactions: number;
  /** The round's winner as the contract records it. */
  winner: Address;
}

export type RaceResult = RaceBlock<RaceTransaction>;

/** What one entry may cost: the gas limit every entry gets and the highest base fee it allows for. */
export interface EntryQuote {
  gas: bigint;
  maxBaseFee: bigint;
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

/** The most an entry offering `tip` per gas can be charged: the balance a bidder needs. */
export function worstCaseCost({ gas, maxBaseFee }: EntryQuote, tip: bigint): bigint {
  return gas * (maxBaseFee + tip);
}

/** The highest tip per gas that `balance` covers in the worst case, or -1 when not even a zero tip is. */
export function highestAffordableTip({ gas, maxBaseFee }: EntryQuote, balance: bigint): bigint {
  if (gas === 0n) return balance;
  const perGas = balance / gas;
  return perGas >= maxBaseFee ? perGas - maxBaseFee : -1n;
}

/**
 * The gas limit and fee cap a race would give an entry into `roundId` from `account` now. Every entry
 * gets the gas a winning entry needs (the costlier path), since any of them may win; and as the base
 * fee rises at most 12.5 % a block, twice the current one always covers the next.
 */
export async function quoteEntry(options: {
  publicClient: PublicClient;
  auction: AuctionContract;
  roundId: bigint;
  account: Address;
}): Promise<EntryQuote> {
  const { publicClient, auction, roundId, account } = options;
  const [estimate, { baseFeePerGas }] = await Promise.all([
    publicClient.estimateGas({ account, to: auction.address, data: enterData(auction, roundId) }),
    publicClient.getBlock({ blockTag: "latest" }),
  ]);
  return {
    gas: estimate + (estimate * GAS_HEADROOM_PERCENT) / 100n,
    maxBaseFee: 2n * (baseFeePerGas ?? 0n),
  };
}

function enterData(auction: AuctionContract, roundId: bigint): `0x${string}` {
  return encodeFunctionData({ abi: auction.abi, functionName: "enter", args: [roundId] });
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
 * no bidder is left with a stuck transaction. A wallet that has not sent its entry within `sendTimeoutMs`
 * (a prompt left open, a tab closed) calls the race off with a `RaceError`, so it never holds the chain's
 * blocks for longer. Checks that need no paused mining (bidders, round, gas, balances) run first and
 * throw `RaceError` without touching automine.
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
  sendTimeoutMs = SEND_TIMEOUT_MS,
}: RaceOptions): Promise<RaceResult> {
  await checkBidders(publicClient, bidders);
  await checkRoundOpen(publicClient, auction, roundId);
  const data = enterData(auction, roundId);
  const quote = await quoteEntry({
    publicClient,
    auction,
    roundId,
    account: bidders[0].wallet.account.address,
  });
  const { gas, maxBaseFee } = quote;
  await checkBalances(publicClient, bidders, quote);

  const submitted: { bidder: RaceBidder; hash: Hash }[] = [];
  let failure: unknown;
  await testClient.setAutomine(false);
  try {
    for (const bidder of bidders) {
      const nonce = await publicClient.getTransactionCount({
        address: bidder.wallet.account.address,
        blockTag: "pending",
      });
      const hash = await withinTime(
        bidder.wallet.sendTransaction({
          to: auction.address,
          data,
          gas,
          nonce,
          maxPriorityFeePerGas: bidder.tip,
          maxFeePerGas: maxBaseFee + bidder.tip,
        }),
        sendTimeoutMs,
        () => walletTimedOut(bidder.name, sendTimeoutMs),
      );
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

/** `promise`, or the error `onTimeout` makes if it has not settled within `ms` milliseconds. */
function withinTime<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function walletTimedOut(name: string, ms: number): RaceError {
  const seconds = `${Math.round(ms / 1000)} s`;
  return new RaceError(
    `${name} did not answer within ${seconds}, so the race was called off: no entry was sent, no block was mined, and the chain mines as usual again. If the wallet still shows the request, reject it; then race again and confirm within ${seconds}.`,
  );
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

async function checkBalances(
  publicClient: PublicClient,
  bidders: readonly RaceBidder[],
  quote: EntryQuote,
): Promise<void> {
  for (const { name, wallet, tip } of bidders) {
    const balance = await publicClient.getBalance({ address: wallet.account.address });
    const worstCase = worstCaseCost(quote, tip);
    if (balance < worstCase) {
      throw new RaceError(
        `${name} cannot cover the gas: a tip of ${formatGwei(tip)} gwei per gas may cost up to ${formatEther(worstCase)} ETH, and the balance is ${formatEther(balance)} ETH.`,
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
  const [block, sent] = await Promise.all([
    publicClient.getBlock({ blockNumber }),
    // The wallet may have changed the tip it was asked for: show the one it sent.
    Promise.all(submitted.map(({ hash }) => publicClient.getTransaction({ hash }))),
  ]);
  const transactions = submitted.map(({ bidder }, index): RaceTransaction => ({
    ...blockEntry(auction, block, mined[index], {
      name: bidder.name,
      address: bidder.wallet.account.address,
      tip: tipOf(block, sent[index], mined[index]),
    }),
    submitted: index,
  }));
  return raceBlock(publicClient, auction, roundId, block, transactions);
}

/**
 * A finished round's race block read back from the chain: the entries GasAuction recorded (their
 * `Entered` events), each with its receipt. Undefined while the round has no entry. The chain does not
 * keep the order the entries arrived in, only the order they were mined in.
 */
export async function readRound(options: {
  publicClient: PublicClient;
  auction: AuctionContract;
  roundId: bigint;
  /** How each bidder is shown, e.g. "Bot Ada" or "You". */
  nameOf: (address: Address) => string;
}): Promise<RaceBlock | undefined> {
  const { publicClient, auction, roundId, nameOf } = options;
  const [first] = (await publicClient.readContract({
    address: auction.address,
    abi: auction.abi,
    functionName: "entries",
    args: [roundId],
  })) as readonly { blockNumber: bigint }[];
  if (!first) return undefined;
  const blockNumber = BigInt(first.blockNumber);
  const [block, logs] = await Promise.all([
    publicClient.getBlock({ blockNumber }),
    publicClient.getContractEvents({
      address: auction.address,
      abi: auction.abi,
      eventName: "Entered",
      args: { roundId },
      fromBlock: blockNumber,
      toBlock: blockNumber,
    }),
  ]);
  const hashes = [...new Set(logs.map((log) => log.transactionHash))];
  const transactions = await Promise.all(
    hashes.map(async (hash) => {
      const [receipt, transaction] = await Promise.all([
        publicClient.getTransactionReceipt({ hash }),
        publicClient.getTransaction({ hash }),
      ]);
      const bidder = getAddress(receipt.from);
      return blockEntry(auction, block, receipt, {
        name: nameOf(bidder),
        address: bidder,
        tip: tipOf(block, transaction, receipt),
      });
    }),
  );
  return raceBlock(publicClient, auction, roundId, block, transactions);
}

/** The tip a mined transaction offered: its `maxPriorityFeePerGas`, or what it paid over the base fee. */
function tipOf(block: Block, transaction: Transaction, receipt: TransactionReceipt): bigint {
  return transaction.maxPriorityFeePerGas ?? receipt.effectiveGasPrice - (block.baseFeePerGas ?? 0n);
}

/** One entry's receipt as the race shows it: fee paid, split into burned base fee and tip. */
function blockEntry(
  auction: AuctionContract,
  block: Block,
  receipt: TransactionReceipt,
  bidder: { name: string; address: Address; tip: bigint },
): BlockEntry {
  const [entered] = parseEventLogs({ abi: auction.abi, logs: receipt.logs, eventName: "Entered" });
  const position = entered ? Number((entered.args as { position: bigint }).position) : null;
  const feePaid = receipt.gasUsed * receipt.effectiveGasPrice;
  const baseFeeBurned = receipt.gasUsed * (block.baseFeePerGas ?? 0n);
  return {
    bidder: bidder.name,
    address: bidder.address,
    hash: receipt.transactionHash,
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
}

async function raceBlock<Entry extends BlockEntry>(
  publicClient: PublicClient,
  auction: AuctionContract,
  roundId: bigint,
  block: Block,
  transactions: Entry[],
): Promise<RaceBlock<Entry>> {
  const blockNumber = block.number!;
  const [, , winner] = (await publicClient.readContract({
    address: auction.address,
    abi: auction.abi,
    functionName: "round",
    args: [roundId],
    blockNumber,
  })) as readonly [string, bigint, Address, bigint];
  transactions.sort((a, b) => a.indexInBlock - b.indexInBlock);
  return {
    roundId,
    blockNumber,
    blockHash: block.hash!,
    baseFeePerGas: block.baseFeePerGas ?? 0n,
    blockGasUsed: block.gasUsed,
    blockGasLimit: block.gasLimit,
    feeRecipient: block.miner,
    transactions,
    otherTransactions: block.transactions.length - transactions.length,
    winner,
  };
}
