// `npm run race -- --bids 1,5,2`: the Tourist and the bots race for the last seat in one block.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

import {
  type Abi,
  type Address,
  BaseError,
  createPublicClient,
  createTestClient,
  createWalletClient,
  defineChain,
  formatEther,
  formatGwei,
  http,
  isAddress,
  parseGwei,
} from "viem";

import { type DemoAccountName, LOCAL_CHAIN_ID, demoAccount } from "./lib/demo-accounts.ts";
import { NotDeployedError, readDeployment } from "./lib/deployment.ts";
import { nodeAnswers } from "./lib/hardhat-node.ts";
import { type AuctionContract, type RaceResult, openRound, runRace } from "./lib/race.ts";
import { formatTable } from "./lib/table.ts";

const DEFAULT_RPC_URL = "http://127.0.0.1:8545";
const DEFAULT_BIDS = "1,5,2";
const DEFAULT_PRIZE = "Last seat on the night train to Lisbon";
/** Who races, in the order their entries are sent. */
const BIDDERS: readonly DemoAccountName[] = ["Tourist", "Bot Ada", "Bot Bo", "Bot Cy"];
const OPERATOR: DemoAccountName = "Deployer";
/** A tip in gwei: whole or with up to 9 decimals (1 wei). */
const GWEI_PATTERN = /^\d+(\.\d{1,9})?$/;
const ARTIFACT_PATH = fileURLToPath(
  new URL("../artifacts/contracts/GasAuction.sol/GasAuction.json", import.meta.url),
);

const USAGE = `Usage: npm run race -- [--bids <gwei,gwei,...>] [--prize <text>] [--rpc <url>] [--auction <address>]

Opens a GasAuction round as the ${OPERATOR} and races ${BIDDERS.join(", ")} for it in one block, each
offering the tip given (in gwei, in that order; default ${DEFAULT_BIDS}). Prints the block's order.

  --bids     tips in gwei, one per bidder, at most ${BIDDERS.length}
  --prize    what the round is for (default "${DEFAULT_PRIZE}")
  --rpc      the local chain's JSON-RPC URL (default ${DEFAULT_RPC_URL})
  --auction  race a GasAuction at this address instead of the one deployed by "npm start"`;

/** A problem the user can fix; printed as one line. */
class UsageError extends Error {}

interface RaceArguments {
  bids: bigint[];
  prize: string;
  rpcUrl: string;
  auction?: Address;
  help: boolean;
}

export function parseBids(text: string): bigint[] {
  const parts = text.split(",").map((part) => part.trim());
  if (parts.length > BIDDERS.length) {
    throw new UsageError(
      `Too many bids (${parts.length}): at most ${BIDDERS.length}, for ${BIDDERS.join(", ")}.`,
    );
  }
  return parts.map((part) => {
    if (!GWEI_PATTERN.test(part)) {
      throw new UsageError(
        `Invalid bid "${part}": give each tip in gwei as a number, e.g. --bids ${DEFAULT_BIDS}.`,
      );
    }
    return parseGwei(part);
  });
}

function parseArguments(argv: string[]): RaceArguments {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        bids: { type: "string", default: DEFAULT_BIDS },
        prize: { type: "string", default: DEFAULT_PRIZE },
        rpc: { type: "string", default: DEFAULT_RPC_URL },
        auction: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}. Run "npm run race -- --help" for usage.`);
  }
  if (values.auction !== undefined && !isAddress(values.auction)) {
    throw new UsageError(`--auction "${values.auction}" is not an address.`);
  }
  if (values.prize.trim() === "") throw new UsageError("--prize cannot be empty.");
  return {
    bids: parseBids(values.bids),
    prize: values.prize,
    rpcUrl: values.rpc,
    auction: values.auction,
    help: values.help,
  };
}

/** The deployed auction, or the one at `--auction` (with the ABI from the compiled artifact). */
function locateAuction(override: Address | undefined): AuctionContract {
  if (override === undefined) {
    const deployed = readDeployment(LOCAL_CHAIN_ID).GasAuction;
    if (!deployed) throw new UsageError('GasAuction is not in the local deployment: run "npm start" again.');
    return deployed;
  }
  if (!existsSync(ARTIFACT_PATH)) throw new UsageError('GasAuction is not compiled: run "npm run build".');
  const { abi } = JSON.parse(readFileSync(ARTIFACT_PATH, "utf8")) as { abi: Abi };
  return { address: override, abi };
}

function printRace(result: RaceResult, prize: string, print: (line: string) => void): void {
  const losers = result.transactions.filter((transaction) => !transaction.won);
  const wasted = losers.reduce((sum, transaction) => sum + transaction.feePaid, 0n);
  print(
    `Round ${result.roundId}, "${prize}": block ${result.blockNumber}, base fee ${formatGwei(result.baseFeePerGas)} gwei`,
  );
  print("");
  const rows = result.transactions.map((transaction) => [
    String(transaction.indexInBlock),
    transaction.bidder,
    String(transaction.submitted + 1),
    formatGwei(transaction.tip),
    formatGwei(transaction.effectiveGasPrice),
    transaction.gasUsed.toLocaleString("en-US"),
    formatEther(transaction.feePaid),
    transaction.status === "reverted" ? "reverted" : transaction.won ? "won" : "too late",
  ]);
  const header = [
    "position",
    "account",
    "sent #",
    "tip (gwei)",
    "gas price (gwei)",
    "gas used",
    "fee paid (ETH)",
    "result",
  ];
  for (const line of formatTable([header, ...rows], [true, false, true, true, true, true, true, false]))
    print(`  ${line}`);
  print("");
  const winner = result.transactions.find((transaction) => transaction.won);
  if (!winner) {
    print(`No race entry won: the round's winner is ${result.winner}.`);
  } else {
    const tied = losers.filter((transaction) => transaction.tip === winner.tip).map(({ bidder }) => bidder);
    print(
      tied.length > 0
        ? `${winner.bidder} wins with the highest tip, tied with ${tied.join(", ")} but sent first: equal tips are mined in arrival order.`
        : `${winner.bidder} wins: the highest tip is mined first.`,
    );
    print(`${losers.length} too late, paying ${formatEther(wasted)} ETH in gas for nothing.`);
  }
  if (result.otherTransactions > 0)
    print(`The block also held ${result.otherTransactions} transaction(s) from outside the race.`);
}

/** Runs the CLI; resolves to the process exit code. */
export async function main(
  argv: string[],
  io: { print: (line: string) => void; fail: (line: string) => void } = {
    print: (line) => console.log(line),
    fail: (line) => console.error(line),
  },
): Promise<number> {
  let args: RaceArguments;
  try {
    args = parseArguments(argv);
  } catch (error) {
    io.fail(oneLine(error));
    return 2;
  }
  if (args.help) {
    io.print(USAGE);
    return 0;
  }

  try {
    if (!(await nodeAnswers(args.rpcUrl)))
      throw new UsageError(
        `No chain answers at ${args.rpcUrl}: start it with "npm start" (or pass --rpc <url>).`,
      );
    const chain = defineChain({
      id: LOCAL_CHAIN_ID,
      name: "Wayfare Local",
      nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
      rpcUrls: { default: { http: [args.rpcUrl] } },
    });
    const transport = http(args.rpcUrl);
    const publicClient = createPublicClient({ chain, transport });
    const testClient = createTestClient({ chain, transport, mode: "hardhat" });
    const chainId = await publicClient.getChainId();
    if (chainId !== LOCAL_CHAIN_ID) {
      throw new UsageError(
        `The chain at ${args.rpcUrl} has id ${chainId}: the race only runs on the local chain (${LOCAL_CHAIN_ID}).`,
      );
    }
    const auction = locateAuction(args.auction);
    await assertAuctionLive(publicClient, auction, args.rpcUrl);

    const walletOf = (name: DemoAccountName) =>
      createWalletClient({ account: demoAccount(name), chain, transport });
    const roundId = await openRound({
      publicClient,
      operator: walletOf(OPERATOR),
      auction,
      prize: args.prize,
    });
    const result = await runRace({
      publicClient,
      testClient,
      auction,
      roundId,
      bidders: args.bids.map((tip, index) => ({
        name: BIDDERS[index],
        wallet: walletOf(BIDDERS[index]),
        tip,
      })),
    });
    printRace(result, args.prize, io.print);
    return 0;
  } catch (error) {
    io.fail(
      error instanceof UsageError || error instanceof NotDeployedError
        ? error.message
        : `Race failed: ${oneLine(error)}`,
    );
    return 1;
  }
}

/** After a node restart the deployment files outlive the contracts: check the code is really there. */
async function assertAuctionLive(
  publicClient: ReturnType<typeof createPublicClient>,
  auction: AuctionContract,
  rpcUrl: string,
): Promise<void> {
  try {
    await publicClient.readContract({
      address: auction.address,
      abi: auction.abi,
      functionName: "roundCount",
    });
  } catch {
    throw new UsageError(
      `GasAuction is not deployed at ${auction.address} on ${rpcUrl} (was the chain restarted?): run "npm start".`,
    );
  }
}

function oneLine(error: unknown): string {
  const message =
    error instanceof BaseError ? error.shortMessage : error instanceof Error ? error.message : String(error);
  return message.split("\n")[0];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  // Ctrl-C mid-race must not leave the chain with automine off: let the race finish and clean up.
  process.once("SIGINT", () => console.error("Finishing the race so the chain goes back to automine..."));
  process.exitCode = await main(process.argv.slice(2));
}
