// The last-seat race against a real `hardhat node` (EDR, mempool ordered by priority fee), through the
// race module and through the `npm run race` CLI.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { after, before, describe, it } from "node:test";

import { artifacts } from "hardhat";
import {
  type Account,
  type Address,
  type Chain,
  type PublicClient,
  type TestClient,
  type Transport,
  type WalletClient,
  createPublicClient,
  createTestClient,
  createWalletClient,
  defineChain,
  encodeFunctionData,
  http,
  parseEther,
  parseGwei,
  zeroAddress,
} from "viem";

import { type DemoAccountName, LOCAL_CHAIN_ID, demoAccount } from "../scripts/lib/demo-accounts.ts";
import { type RunningNode, startHardhatNode } from "../scripts/lib/hardhat-node.ts";
import { restoreAutomineOnLeave, restoreStaleAutomine } from "../app/_lib/local-node.ts";
import { freePort } from "../scripts/lib/server-process.ts";
import {
  type AuctionContract,
  type RaceBidder,
  RaceError,
  highestAffordableTip,
  openRound,
  quoteEntry,
  readRound as readRaceBlock,
  revertReason,
  runRace,
  worstCaseCost,
} from "../scripts/lib/race.ts";

const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));
const PRIZE = "Last seat on the night train to Lisbon";

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `scripts/race.ts` as `npm run race` would (same Node, project root). */
function runCli(args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["scripts/race.ts", ...args], { cwd: PROJECT_ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

function stderrLines(run: CliRun): string[] {
  return run.stderr.split("\n").filter((line) => line.trim() !== "");
}

describe("The last-seat race on a real hardhat node", () => {
  let node: RunningNode | undefined;
  let publicClient: PublicClient;
  let testClient: TestClient<"hardhat">;
  let walletOf: (name: DemoAccountName) => WalletClient<Transport, Chain, Account>;
  let auction: AuctionContract;
  let auctionAbi: Awaited<ReturnType<typeof artifacts.readArtifact<"GasAuction">>>["abi"];

  const bidders = (tips: readonly [DemoAccountName, string][]): RaceBidder[] =>
    tips.map(([name, gwei]) => ({ name, wallet: walletOf(name), tip: parseGwei(gwei) }));

  const open = () => openRound({ publicClient, operator: walletOf("Deployer"), auction, prize: PRIZE });

  const readRound = async (roundId: bigint) => {
    const [prize, openedBlock, winner, entryCount] = await publicClient.readContract({
      address: auction.address,
      abi: auctionAbi,
      functionName: "round",
      args: [roundId],
    });
    return { prize, openedBlock, winner, entryCount };
  };

  const assertNothingPending = async (names: readonly DemoAccountName[]) => {
    for (const name of names) {
      const address = demoAccount(name).address;
      const [mined, pending] = await Promise.all([
        publicClient.getTransactionCount({ address, blockTag: "latest" }),
        publicClient.getTransactionCount({ address, blockTag: "pending" }),
      ]);
      assert.equal(pending, mined, `${name} has no transaction left waiting`);
    }
  };

  before(async () => {
    node = await startHardhatNode();
    const chain = defineChain({
      id: LOCAL_CHAIN_ID,
      name: "Race test chain",
      nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
      rpcUrls: { default: { http: [node.url] } },
    });
    const transport = http(node.url);
    publicClient = createPublicClient({ chain, transport });
    testClient = createTestClient({ chain, transport, mode: "hardhat" });
    walletOf = (name) => createWalletClient({ account: demoAccount(name), chain, transport });

    // Deployed directly, not with Ignition, so a developer's deploy/deployments/ stays untouched.
    const artifact = await artifacts.readArtifact("GasAuction");
    auctionAbi = artifact.abi;
    const deployer = walletOf("Deployer");
    const hash = await deployer.deployContract({
      abi: artifact.abi,
      bytecode: artifact.bytecode,
      args: [deployer.account.address],
    });
    const { contractAddress } = await publicClient.waitForTransactionReceipt({ hash });
    assert.ok(contractAddress);
    auction = { address: contractAddress, abi: artifact.abi };
  });

  after(async () => {
    await node?.stop();
  });

  describe("runRace", () => {
    it("mines one block in descending tip order, equal tips in arrival order, and the highest tip wins", async () => {
      const roundId = await open();
      const before = await publicClient.getBlockNumber();
      const race = bidders([
        ["Tourist", "2"],
        ["Bot Ada", "5"],
        ["Bot Bo", "2"],
        ["Bot Cy", "1"],
        ["Hotel", "5"],
      ]);
      const balancesBefore = await Promise.all(
        race.map(({ wallet }) => publicClient.getBalance({ address: wallet.account.address })),
      );

      const result = await runRace({ publicClient, testClient, auction, roundId, bidders: race });

      assert.equal(result.blockNumber, before + 1n, "the race is exactly one new block");
      assert.equal(result.otherTransactions, 0);
      assert.deepEqual(
        result.transactions.map(({ bidder }) => bidder),
        ["Bot Ada", "Hotel", "Tourist", "Bot Bo", "Bot Cy"],
        "highest tip first; equal tips keep the order they reached the node",
      );
      assert.deepEqual(
        result.transactions.map(({ indexInBlock }) => indexInBlock),
        [0, 1, 2, 3, 4],
      );
      for (const [earlier, later] of result.transactions
        .slice(0, -1)
        .map((t, i) => [t, result.transactions[i + 1]])) {
        assert.ok(earlier.tip >= later.tip, "tips never rise down the block");
        if (earlier.tip === later.tip)
          assert.ok(earlier.submitted < later.submitted, "ties in arrival order");
      }

      const bidderAddress = (name: string) => demoAccount(name as DemoAccountName).address;
      assert.equal(result.winner, bidderAddress("Bot Ada"));
      assert.deepEqual(
        result.transactions.map(({ won }) => won),
        [true, false, false, false, false],
      );
      const round = await readRound(roundId);
      assert.equal(round.winner, bidderAddress("Bot Ada"));
      assert.equal(round.entryCount, 5n);

      const recorded = await publicClient.readContract({
        address: auction.address,
        abi: auctionAbi,
        functionName: "entries",
        args: [roundId],
      });
      assert.equal(recorded.length, result.transactions.length);
      for (const [position, transaction] of result.transactions.entries()) {
        const entry = recorded[position];
        assert.equal(transaction.status, "success", `${transaction.bidder}'s entry executed`);
        assert.equal(transaction.position, position, "the contract's position is the block order");
        assert.equal(entry.bidder, transaction.address);
        assert.equal(entry.position, position);
        assert.equal(BigInt(entry.blockNumber), result.blockNumber, "every entry is in the race block");
        assert.equal(entry.gasPrice, transaction.effectiveGasPrice);
        assert.equal(entry.priorityFee, transaction.tip, "the contract saw the tip that was offered");
        assert.equal(transaction.effectiveGasPrice, result.baseFeePerGas + transaction.tip);
        assert.equal(transaction.feePaid, transaction.gasUsed * transaction.effectiveGasPrice);
        assert.equal(transaction.baseFeeBurned + transaction.tipPaid, transaction.feePaid);

        const index = race.findIndex(({ name }) => name === transaction.bidder);
        const balanceAfter = await publicClient.getBalance({ address: transaction.address });
        assert.equal(
          balancesBefore[index] - balanceAfter,
          transaction.feePaid,
          `${transaction.bidder} paid the fee`,
        );
      }
      for (const loser of result.transactions.slice(1)) {
        assert.ok(
          loser.position !== null && loser.position > 0,
          `${loser.bidder} is recorded after the winner`,
        );
        assert.ok(loser.gasUsed > 0n && loser.feePaid > 0n, `${loser.bidder} paid gas for nothing`);
      }

      assert.equal(await testClient.getAutomine(), true, "automine is back on");
      await assertNothingPending(["Tourist", "Bot Ada", "Bot Bo", "Bot Cy", "Hotel"]);
    });

    it("leaves the chain automining: the next transaction is mined without asking", async () => {
      const hash = await walletOf("Taxi").sendTransaction({
        to: demoAccount("Café").address,
        value: parseEther("0.01"),
      });
      const receipt = await publicClient.waitForTransactionReceipt({ hash, timeout: 5_000 });
      assert.equal(receipt.status, "success");
    });

    it("lets a later block's entry revert with RoundClosed", async () => {
      const roundId = await open();
      await runRace({ publicClient, testClient, auction, roundId, bidders: bidders([["Bot Ada", "1"]]) });

      const late = walletOf("Bot Cy");
      const nonce = await publicClient.getTransactionCount({ address: late.account.address });
      // Skip the estimate, which would refuse: the point is a revert that is mined and paid for.
      await assert.rejects(
        late.sendTransaction({
          to: auction.address,
          data: encodeFunctionData({ abi: auctionAbi, functionName: "enter", args: [roundId] }),
          gas: 200_000n,
        }),
        /RoundClosed/,
      );
      assert.equal(
        await publicClient.getTransactionCount({ address: late.account.address }),
        nonce + 1,
        "the late entry was mined, and charged, as a revert",
      );
      await assert.rejects(
        publicClient.simulateContract({
          account: late.account,
          address: auction.address,
          abi: auctionAbi,
          functionName: "enter",
          args: [roundId],
        }),
        (error) => {
          assert.deepEqual(revertReason(error), {
            errorName: "RoundClosed",
            args: [roundId, demoAccount("Bot Ada").address],
          });
          return true;
        },
      );
    });

    it("drops what it submitted and restores automine when a submission fails midway", async () => {
      const roundId = await open();
      const blockBefore = await publicClient.getBlockNumber();
      // An account the node cannot sign for: its eth_sendTransaction fails after two entries are in.
      const stranger: Address = "0x000000000000000000000000000000000000bEEF";
      await testClient.setBalance({ address: stranger, value: parseEther("1") });
      const chain = walletOf("Tourist").chain;
      const unsigned = createWalletClient({ account: stranger, chain, transport: http(node?.url) });

      await assert.rejects(
        runRace({
          publicClient,
          testClient,
          auction,
          roundId,
          bidders: [
            ...bidders([
              ["Tourist", "1"],
              ["Bot Ada", "2"],
            ]),
            { name: "Stranger", wallet: unsigned, tip: 3n },
          ],
        }),
        (error) => {
          // Not one of the checks made before mining is paused: the node refused the third entry.
          assert.ok(!(error instanceof RaceError), String(error));
          assert.match(String(error), /unknown account|not.*(unlocked|owned)/i);
          return true;
        },
      );

      assert.equal(await testClient.getAutomine(), true, "automine is back on");
      await assertNothingPending(["Tourist", "Bot Ada"]);
      assert.equal(await publicClient.getBlockNumber(), blockBefore, "no block was mined");
      const round = await readRound(roundId);
      assert.equal(round.entryCount, 0n, "the dropped entries never ran");
      assert.equal(round.winner, zeroAddress);
    });

    it("calls the race off, drops its entries and restores automine when a wallet never sends", async () => {
      const roundId = await open();
      const blockBefore = await publicClient.getBlockNumber();
      // A wallet prompt left open: the send never settles.
      const tourist = walletOf("Tourist");
      const silent = { ...tourist, sendTransaction: () => new Promise<never>(() => {}) } as typeof tourist;

      await assert.rejects(
        runRace({
          publicClient,
          testClient,
          auction,
          roundId,
          bidders: [...bidders([["Bot Ada", "2"]]), { name: "Your wallet", wallet: silent, tip: 1n }],
          sendTimeoutMs: 1_000,
        }),
        (error) =>
          error instanceof RaceError &&
          /^Your wallet did not answer within 1 s, so the race was called off: no entry was sent, no block was mined, and the chain mines as usual again\. If the wallet still shows the request, reject it; then race again and confirm within 1 s\.$/.test(
            error.message,
          ),
      );

      assert.equal(await testClient.getAutomine(), true, "automine is back on");
      await assertNothingPending(["Bot Ada"]);
      assert.equal(await publicClient.getBlockNumber(), blockBefore, "no block was mined");
      assert.equal((await readRound(roundId)).entryCount, 0n, "the bot's entry was dropped");
      const hash = await walletOf("Taxi").sendTransaction({ to: zeroAddress, value: 1n });
      await publicClient.waitForTransactionReceipt({ hash, timeout: 5_000 });
    });

    it("reports the tip the wallet sent when it changed the one asked for", async () => {
      const roundId = await open();
      const tourist = walletOf("Tourist");
      type SendArgs = Parameters<typeof tourist.sendTransaction>[0];
      const raised = parseGwei("7");
      // A wallet that lets its user raise the tip (and the fee cap with it) before confirming.
      const generous = {
        ...tourist,
        sendTransaction: (args: SendArgs) =>
          tourist.sendTransaction({
            ...args,
            maxPriorityFeePerGas: raised,
            maxFeePerGas: (args as { maxFeePerGas: bigint }).maxFeePerGas + raised,
          } as SendArgs),
      } as typeof tourist;

      const result = await runRace({
        publicClient,
        testClient,
        auction,
        roundId,
        bidders: [{ name: "Tourist", wallet: generous, tip: parseGwei("1") }, ...bidders([["Bot Ada", "3"]])],
      });

      assert.deepEqual(
        result.transactions.map(({ bidder, tip, won }) => [bidder, tip, won]),
        [
          ["Tourist", raised, true],
          ["Bot Ada", parseGwei("3"), false],
        ],
        "the tip sent, not the one asked for, ordered the block",
      );
      const [first] = await publicClient.readContract({
        address: auction.address,
        abi: auctionAbi,
        functionName: "entries",
        args: [roundId],
      });
      assert.equal(first.priorityFee, raised, "the contract saw the same tip");
      assert.equal(result.transactions[0].effectiveGasPrice, result.baseFeePerGas + raised);
    });

    it("heals automine left off by an interrupted race, from the lab and as its page unloads", async () => {
      await testClient.setAutomine(false);
      assert.equal(await restoreStaleAutomine(publicClient), true, "it was off, and is switched on");
      assert.equal(await testClient.getAutomine(), true);
      assert.equal(await restoreStaleAutomine(publicClient), false, "already on: nothing to do");

      await testClient.setAutomine(false);
      await restoreAutomineOnLeave(node!.url);
      assert.equal(await testClient.getAutomine(), true, "the unload request switched it back on");
    });

    it("refuses a round that is already won or unknown, without pausing mining", async () => {
      const roundId = await open();
      await runRace({ publicClient, testClient, auction, roundId, bidders: bidders([["Bot Bo", "1"]]) });

      await assert.rejects(
        runRace({ publicClient, testClient, auction, roundId, bidders: bidders([["Bot Cy", "9"]]) }),
        (error) => error instanceof RaceError && /already won/.test(error.message),
      );
      await assert.rejects(
        runRace({ publicClient, testClient, auction, roundId: 999n, bidders: bidders([["Bot Cy", "9"]]) }),
        (error) => error instanceof RaceError && /Round 999 does not exist/.test(error.message),
      );
      assert.equal(await testClient.getAutomine(), true);
    });

    it("refuses a bidder twice, or one with a transaction still waiting in the mempool", async () => {
      const roundId = await open();
      await assert.rejects(
        runRace({
          publicClient,
          testClient,
          auction,
          roundId,
          bidders: bidders([
            ["Bot Ada", "1"],
            ["Bot Ada", "2"],
          ]),
        }),
        (error) => error instanceof RaceError && /twice/.test(error.message),
      );

      await testClient.setAutomine(false);
      const stuck = await walletOf("Bot Cy").sendTransaction({ to: zeroAddress, value: 1n });
      await testClient.setAutomine(true);
      try {
        await assert.rejects(
          runRace({ publicClient, testClient, auction, roundId, bidders: bidders([["Bot Cy", "1"]]) }),
          (error) => error instanceof RaceError && /Bot Cy has 1 transaction/.test(error.message),
        );
      } finally {
        await testClient.dropTransaction({ hash: stuck });
      }
      assert.equal((await readRound(roundId)).entryCount, 0n);
    });

    it("refuses a bidder who cannot cover the worst-case gas, in gwei and ETH", async () => {
      const roundId = await open();
      const poor = walletOf("Treasury");
      await testClient.setBalance({ address: poor.account.address, value: parseGwei("1000") });
      await assert.rejects(
        runRace({
          publicClient,
          testClient,
          auction,
          roundId,
          bidders: [{ name: "Treasury", wallet: poor, tip: parseGwei("5") }],
        }),
        (error) =>
          error instanceof RaceError &&
          /^Treasury cannot cover the gas: a tip of 5 gwei per gas may cost up to 0\.\d+ ETH, and the balance is 0\.000001 ETH\.$/.test(
            error.message,
          ),
      );
      assert.equal(await testClient.getAutomine(), true);
      await testClient.setBalance({ address: poor.account.address, value: parseEther("10000") });
    });
  });

  describe("entry costs", () => {
    it("quotes the gas and fee cap a race gives every entry", async () => {
      const roundId = await open();
      const account = demoAccount("Bot Ada").address;
      const quote = await quoteEntry({ publicClient, auction, roundId, account });
      const estimate = await publicClient.estimateGas({
        account,
        to: auction.address,
        data: encodeFunctionData({ abi: auctionAbi, functionName: "enter", args: [roundId] }),
      });
      const { baseFeePerGas } = await publicClient.getBlock();
      assert.equal(quote.gas, estimate + (estimate * 20n) / 100n, "20 % over the winning entry's estimate");
      assert.equal(quote.maxBaseFee, 2n * baseFeePerGas!);
    });

    it("prices the worst case and inverts it into the highest affordable tip", () => {
      const quote = { gas: 100_000n, maxBaseFee: parseGwei("2") };
      assert.equal(worstCaseCost(quote, parseGwei("3")), 100_000n * parseGwei("5"));
      const balance = parseEther("0.001"); // 10 gwei per gas for 100,000 gas
      assert.equal(highestAffordableTip(quote, balance), parseGwei("8"));
      assert.ok(worstCaseCost(quote, highestAffordableTip(quote, balance)) <= balance);
      assert.ok(worstCaseCost(quote, highestAffordableTip(quote, balance) + 1n) > balance);
      assert.equal(highestAffordableTip(quote, parseGwei("100000")), -1n, "not even the base fee");
    });
  });

  describe("readRound", () => {
    it("reads a finished race back from the chain, as the race reported it", async () => {
      const roundId = await open();
      const race = bidders([
        ["Bot Cy", "1"],
        ["Bot Bo", "4"],
        ["Tourist", "2"],
      ]);
      const result = await runRace({ publicClient, testClient, auction, roundId, bidders: race });
      const nameOf = (address: Address) =>
        race.find(({ wallet }) => wallet.account.address === address)?.name ?? address;

      const readBack = await readRaceBlock({ publicClient, auction, roundId, nameOf });

      assert.deepEqual(
        readBack,
        { ...result, transactions: result.transactions.map(({ submitted: _, ...entry }) => entry) },
        "the same block, entries, fees and winner; only the order of submission is not on chain",
      );
      const block = await publicClient.getBlock({ blockNumber: result.blockNumber });
      assert.equal(result.blockGasLimit, block.gasLimit);
      assert.equal(result.blockGasUsed, block.gasUsed);
      assert.equal(result.feeRecipient, block.miner);
    });

    it("has nothing to show for a round nobody entered yet", async () => {
      const roundId = await open();
      assert.equal(
        await readRaceBlock({ publicClient, auction, roundId, nameOf: (address) => address }),
        undefined,
      );
    });
  });

  describe("npm run race", () => {
    it("prints the block's order with fees and results", async () => {
      const run = await runCli(["--rpc", node!.url, "--auction", auction.address, "--bids", "1,3,3,2"]);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stderr, "");
      const rows = run.stdout
        .split("\n")
        .map((line) => line.trim().split(/\s{2,}/))
        .filter((cells) => /^\d+$/.test(cells[0]));
      assert.deepEqual(
        rows.map((cells) => [cells[0], cells[1], cells[3], cells.at(-1)]),
        [
          ["0", "Bot Ada", "3", "won"],
          ["1", "Bot Bo", "3", "too late"],
          ["2", "Bot Cy", "2", "too late"],
          ["3", "Tourist", "1", "too late"],
        ],
      );
      assert.match(run.stdout, /Bot Ada wins with the highest tip, tied with Bot Bo but sent first/);
      assert.equal(await testClient.getAutomine(), true);
    });

    it("rejects an invalid bid in one line, before touching the chain", async () => {
      const run = await runCli(["--rpc", node!.url, "--bids", "1,fast,2"]);
      assert.equal(run.code, 2);
      assert.deepEqual(stderrLines(run), [
        'Invalid bid "fast": give each tip in gwei as a number, e.g. --bids 1,5,2.',
      ]);
      assert.equal(run.stdout, "");
    });

    it("rejects more bids than there are racers", async () => {
      const run = await runCli(["--bids", "1,2,3,4,5"]);
      assert.equal(run.code, 2);
      assert.equal(stderrLines(run).length, 1);
      assert.match(run.stderr, /Too many bids \(5\): at most 4/);
    });

    it("says so in one line when no node is running", async () => {
      const run = await runCli(["--rpc", `http://127.0.0.1:${await freePort()}`, "--bids", "1,2"]);
      assert.equal(run.code, 1);
      assert.equal(stderrLines(run).length, 1);
      assert.match(run.stderr, /^No chain answers at http:\/\/127\.0\.0\.1:\d+: start it with "npm start"/);
    });

    it("says so in one line when the auction is not deployed on the chain", async () => {
      const nothingThere = "0x000000000000000000000000000000000000dEaD";
      const run = await runCli(["--rpc", node!.url, "--auction", nothingThere]);
      assert.equal(run.code, 1);
      assert.deepEqual(stderrLines(run), [
        `GasAuction is not deployed at ${nothingThere} on ${node!.url} (was the chain restarted?): run "npm start".`,
      ]);
      assert.equal(await testClient.getAutomine(), true);
    });
  });
});
