// The `trip` CLI against a real `hardhat node`, deployed by Ignition under a deployment id of its own.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";

import { makeError } from "ethers";
import {
  type Address,
  type PublicClient,
  type TestClient,
  createPublicClient,
  createTestClient,
  http,
} from "viem";

import { LOCAL_CHAIN_ID, demoAccount } from "../scripts/lib/demo-accounts.ts";
import { deploymentDir, readDeployment } from "../scripts/lib/deployment.ts";
import { type RunningNode, startHardhatNode } from "../scripts/lib/hardhat-node.ts";
import { freePort } from "../scripts/lib/server-process.ts";
import { deployWayfare } from "../scripts/lib/ignition.ts";
import { runTrip } from "../scripts/trip/cli.ts";
import { describeError } from "../scripts/trip/errors.ts";

const TRIP_SCRIPT = fileURLToPath(new URL("../scripts/trip.ts", import.meta.url));
/** Never `chain-31337`: a developer's running `npm start` keeps its deployment there. */
const DEPLOYMENT_ID = `test-trip-cli-${process.pid}`;

interface Run {
  code: number;
  out: string[];
  err: string[];
}

const TOURIST = demoAccount("Tourist").address;
const CAFE = demoAccount("Café").address;
const HOTEL = demoAccount("Hotel").address;

describe("trip CLI on a local hardhat node", async () => {
  let node: RunningNode | undefined;
  let client: PublicClient;
  let testClient: TestClient;
  let target: string[] = [];

  before(async () => {
    node = await startHardhatNode();
    await deployWayfare({ network: "localhost", rpcUrl: node.url, deploymentId: DEPLOYMENT_ID });
    client = createPublicClient({ transport: http(node.url) });
    testClient = createTestClient({ mode: "hardhat", transport: http(node.url) });
    target = ["--rpc", node.url, "--deployment", DEPLOYMENT_ID];
  });

  after(async () => {
    await node?.stop();
    rmSync(deploymentDir(LOCAL_CHAIN_ID, DEPLOYMENT_ID), { recursive: true, force: true });
  });

  /** Runs the CLI in this process (fast), as `npm run trip -- ...argv` would. */
  async function run(argv: string[]): Promise<Run> {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runTrip(
      argv,
      (line) => out.push(line),
      (line) => err.push(line),
    );
    return { code, out, err };
  }

  /** Runs the CLI in this process against the test node and its deployment. */
  const trip = (...args: string[]) => run([...args, ...target]);

  /** Runs the CLI as its own process, to check what a shell sees: streams and exit code. */
  function tripProcess(...args: string[]): Promise<Run> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [TRIP_SCRIPT, ...args], { stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      child.once("error", reject);
      child.once("close", (code) => {
        const lines = (text: string) => text.split("\n").filter((line) => line !== "");
        resolve({ code: code ?? -1, out: lines(stdout), err: lines(stderr) });
      });
    });
  }

  const ethOf = (address: Address) => client.getBalance({ address });

  function assertSucceeded(run: Run): void {
    assert.deepEqual(run.err, [], "nothing on stderr");
    assert.equal(run.code, 0, "exit code 0");
  }

  /** Bad input: exactly one line on stderr, matching `message`, nothing on stdout, non-zero exit. */
  function assertRefused(run: Run, message: RegExp, command = ""): void {
    assert.equal(run.err.length, 1, `${command}: one line on stderr, got ${JSON.stringify(run.err)}`);
    assert.match(run.err[0], message, command);
    assert.deepEqual(run.out, [], `${command}: nothing on stdout`);
    assert.notEqual(run.code, 0, `${command}: non-zero exit code`);
  }

  it("buys TRIP, shows balances, pays gaslessly and sells back", async () => {
    const buy = await trip("buy", "2");
    assertSucceeded(buy);
    assert.equal(buy.out[0], "Tourist bought 2000.0 TRIP for 2.0 ETH.");
    assert.match(buy.out[1], /^ {2}tx 0x[0-9a-f]{64}, gas used [\d,]+, fee [\d.]+ ETH$/);

    const balance = await trip("balance", "TOURIST");
    assertSucceeded(balance);
    assert.match(balance.out[0], new RegExp(`^Tourist ${TOURIST}: [\\d.]+ ETH, 2000\\.0 TRIP$`));

    const touristEth = await ethOf(TOURIST);
    const cafeEth = await ethOf(CAFE);
    const pay = await trip("pay", "cafe", "12.5");
    assertSucceeded(pay);
    assert.match(
      pay.out[0],
      /^Tourist signed an authorization to pay Café 12\.5 TRIP \(nonce 0x[0-9a-f]{64}\)\.$/,
    );
    assert.match(pay.out[1], /^Café submitted it and paid the gas: tx 0x[0-9a-f]{64}, gas used [\d,]+, fee/);
    assert.match(pay.out[2], /^Tourist paid no gas: its ETH balance is still [\d.]+ ETH\.$/);
    assert.equal(await ethOf(TOURIST), touristEth, "the tourist's ETH is untouched");
    assert.ok((await ethOf(CAFE)) < cafeEth, "the café paid the gas");

    const sell = await trip("sell", "500");
    assertSucceeded(sell);
    assert.equal(sell.out[0], "Tourist sold 500.0 TRIP for 0.5 ETH in one transferAndCall.");

    const all = await trip("balance");
    assertSucceeded(all);
    assert.match(all.out[0], /^Account +Address +ETH +TRIP$/);
    assert.match(all.out.find((line) => line.startsWith("Tourist")) ?? "", / 1487\.5$/);
    assert.match(all.out.find((line) => line.startsWith("Café")) ?? "", / 12\.5$/);
    assert.equal(all.out.at(-1), "Exchange desk holds 1.5 ETH for 1500.0 TRIP outstanding.");
  });

  it("acts for an account given by address with --from", async () => {
    const buy = await trip("buy", "0.25", "--from", HOTEL.toLowerCase());
    assertSucceeded(buy);
    assert.equal(buy.out[0], "Hotel bought 250.0 TRIP for 0.25 ETH.");
  });

  it("refuses bad input with one clear line and a non-zero exit", async () => {
    const cases: [string[], RegExp][] = [
      [
        ["buy", "1", "--from", "Nobody"],
        /^Unknown account "Nobody": use a demo name \(Deployer, Tourist, .*\) or a 0x address\.$/,
      ],
      [["pay", "Narnia", "1"], /^Unknown account "Narnia"/],
      [["buy", "lots"], /^"lots" is not an amount of ETH: write a positive number such as 1\.5\.$/],
      [["sell", "1,5"], /^"1,5" is not an amount of TRIP/],
      [["buy", "0"], /^The amount of ETH must be more than 0\.$/],
      [["buy", "-1"], /^"-1" is not an amount: amounts are positive\.$/],
      [["buy", "0.0000000000000000001"], /has more than 18 decimals/],
      [["sell", "1000000"], /^Tourist has [\d.]+ TRIP, not enough to sell 1000000\.0 TRIP\.$/],
      [["pay", "Taxi", "5", "--from", "Taxi"], /^Taxi cannot pay itself\.$/],
      [["pay", "Hotel", "1", "--from", "Taxi"], /^Taxi has 0\.0 TRIP, not enough to pay 1\.0 TRIP\.$/],
      [
        ["sell", "0.0000000000000015"],
        /^The desk buys back whole wei only: sell a multiple of 0\.000000000000001 TRIP/,
      ],
      [["buy", "100000"], /^Tourist has [\d.]+ ETH, not enough to buy TRIP with 100000\.0 ETH\.$/],
      [
        ["pay", "0x000000000000000000000000000000000000dEaD", "1"],
        /is not one of the local chain's test accounts/,
      ],
      [["balance", "0x1234"], /^"0x1234" is not an address/],
      [["fly", "home"], /^Unknown command "fly"\. Run "npm run trip -- --help" for usage\.$/],
      [["buy"], /^"buy" takes one argument, got 0\./],
      [["pay", "Café"], /^"pay" takes 2 arguments, got 1\./],
      [["buy", "1", "--gas", "9"], /^Unknown option '--gas'\./],
    ];
    for (const [args, message] of cases) {
      assertRefused(await trip(...args), message, args.join(" "));
    }
  });

  it("says so when no node is running", async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    assertRefused(
      await run(["balance", "--rpc", url, "--deployment", DEPLOYMENT_ID]),
      /^No chain answers at http:\/\/127\.0\.0\.1:\d+: start the local chain with "npm start", or pass --rpc <url>\.$/,
    );
    // Mistakes in the command itself are named first, without waiting for a node.
    assertRefused(await run(["buy", "lots", "--rpc", url]), /^"lots" is not an amount of ETH/);
    assertRefused(await run(["pay", "Nobody", "1", "--rpc", url]), /^Unknown account "Nobody"/);
  });

  it("reports streams and exit codes as a process", async () => {
    const ok = await tripProcess("balance", "Café", ...target);
    assertSucceeded(ok);
    assert.match(ok.out[0], /^Café 0x[0-9a-fA-F]{40}: [\d.]+ ETH, [\d.]+ TRIP$/);

    assertRefused(await tripProcess("pay", "Café", "many", ...target), /^"many" is not an amount of TRIP/);
  });

  it("prints its usage for --help or no command", async () => {
    for (const argv of [["--help"], ["-h"], []]) {
      const usage = await run(argv);
      assertSucceeded(usage);
      assert.match(usage.out[0], /^Usage: npm run trip -- <command> \[options\]\n/);
    }
  });

  it("says so when the contracts are not deployed", async () => {
    assertRefused(
      await run(["buy", "1", "--rpc", node?.url ?? "", "--deployment", "nowhere"]),
      /^Wayfare's contracts are not deployed on chain 31337 \(deployment "nowhere"\): run "npm start"/,
    );
  });

  it("notices contracts missing from a restarted chain", async () => {
    // As after a node restart: the deployment files remain, the chain no longer has the code.
    const { address } = readDeployment(LOCAL_CHAIN_ID, DEPLOYMENT_ID).TripToken;
    await testClient.setCode({ address, bytecode: "0x" });
    assertRefused(
      await trip("balance"),
      new RegExp(`^TripToken is not on the chain at .* \\(no code at ${address}\\).*run "npm start"`),
    );
  });
});

describe("trip CLI error lines", () => {
  it("names a reverted transaction's custom error and its arguments", () => {
    const error = makeError("execution reverted", "CALL_EXCEPTION", {
      action: "estimateGas",
      data: "0x",
      reason: null,
      transaction: { to: null, data: "0x" },
      invocation: null,
      revert: {
        name: "AuthorizationExpired",
        signature: "AuthorizationExpired(uint256,uint256)",
        args: [5n, 9n],
      },
    });
    assert.equal(
      describeError(error, "http://127.0.0.1:8545"),
      "The chain refused the transaction: AuthorizationExpired(5, 9).",
    );
  });

  it("says when the sender cannot pay for the gas", () => {
    const error = makeError("insufficient funds", "INSUFFICIENT_FUNDS", {
      transaction: { to: null, data: "0x" },
    });
    assert.equal(describeError(error, "x"), "The sender has not enough ETH to pay for the gas.");
  });

  it("says the node went away when the connection drops", () => {
    assert.equal(
      describeError(new TypeError("fetch failed"), "http://127.0.0.1:8545"),
      "Lost the connection to the chain at http://127.0.0.1:8545: is the node still running?",
    );
  });

  it("keeps the first line of anything else", () => {
    assert.equal(describeError(new Error("first\nsecond"), "x"), "first");
  });
});
