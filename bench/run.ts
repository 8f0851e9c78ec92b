// `npm run bench`: gas per operation beside OpenZeppelin, Solady and the EVM floor (always), and on
// request the optimizer sweep (--optimizer), the app's weight and Lighthouse scores (--app) and the
// developer timings (--timings). Prints the tables, writes bench/results.json and bench/RESULTS.md.
// Benchmarks print numbers; nothing here asserts on them.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

import * as prettier from "prettier";

import { startNextServer } from "../scripts/lib/next-server.ts";
import type { RunningNode } from "../scripts/lib/hardhat-node.ts";
import { type RouteBundle, firstLoadJs } from "./app/bundles.ts";
import { type LighthouseRun, PRESETS, lighthouse } from "./app/lighthouse.ts";
import { dappEnv, startSeededChain } from "./app/local-chain.ts";
import { stopAllOnInterrupt, track } from "./app/processes.ts";
import { serveWithoutScripts } from "./app/scriptless.ts";
import { median, timeCommand, timeStart } from "./app/timings.ts";
import { type GasRun, measureGas } from "./gas/measure.ts";
import { messageOf } from "./gas/recorder.ts";
import { PROJECT_ROOT, packageBin } from "../scripts/lib/project.ts";
import { type OptimizerVariant, mainOptimizer, variantName } from "./hardhat.config.ts";
import {
  bundleTable,
  describeSettings,
  gasErrors,
  gasTable,
  lighthouseTable,
  optimizerGasTable,
  overOz,
  sizeTable,
  timingLines,
} from "./report.ts";
import { resultsMarkdown } from "./results-markdown.ts";
import {
  type LighthouseResult,
  RESULTS_JSON,
  RESULTS_MD,
  type Results,
  provenance,
  readResults,
} from "./results.ts";

/** The pages whose Lighthouse scores the project tracks. */
const LIGHTHOUSE_ROUTES = ["/", "/labs/gas", "/console", "/chain"];
/**
 * An App Router page with no application code (`bench/app/floor/`), measured beside the dApp's
 * pages: the framework's own start-up cost, the best score any page of the dApp can reach here.
 */
const FLOOR_APP = join(PROJECT_ROOT, "bench", "app", "floor");
const FLOOR_ROUTE = "empty Next.js page";
/**
 * `/`, the exhibit, with its scripts taken out: set beside `/` and the empty page, it shows how much
 * of `/`'s score the page's markup and styles cost and how much the scripts do.
 */
const SCRIPTLESS_ROUTE = "/ without scripts";
/** How much of a failed command's output to show. */
const OUTPUT_TAIL_CHARS = 6_000;
/** Optimizer settings compared with hardhat.config.ts's own in the sweep. */
const SWEEP: { runs: number; viaIR: boolean }[] = [
  { runs: 200, viaIR: false },
  { runs: 1_000, viaIR: false },
  { runs: 10_000, viaIR: false },
];
/** The IR pipeline: several minutes per compile with solc-js, so only on request (--via-ir). */
const VIA_IR_SWEEP: { runs: number; viaIR: boolean }[] = [
  { runs: 200, viaIR: true },
  { runs: 10_000, viaIR: true },
];

const USAGE = `Usage: npm run bench [-- options]
  (no option)            gas per operation: Wayfare beside OpenZeppelin, Solady and the EVM floor
  --optimizer            also Wayfare's gas and code sizes at 200 / 1,000 / 10,000 optimizer runs
  --via-ir               with --optimizer, also via IR at 200 and 10,000 runs (~5 minutes per compile)
  --app                  also the production build's first-load JS and Lighthouse scores
  --timings              also npm start → ready (median of --start-runs) and one npm test
  --all                  all of the above
  --lighthouse-runs N    Lighthouse runs per page and preset, median reported (default 1)
  --start-runs N         npm start runs (default 3)
  BENCH_DEBUG=1          print the stack of every error behind an "error" cell`;

const { values: flags } = parseArgs({
  options: {
    optimizer: { type: "boolean", default: false },
    "via-ir": { type: "boolean", default: false },
    app: { type: "boolean", default: false },
    timings: { type: "boolean", default: false },
    all: { type: "boolean", default: false },
    "lighthouse-runs": { type: "string", default: "1" },
    "start-runs": { type: "string", default: "3" },
    help: { type: "boolean", short: "h", default: false },
  },
});

const log = (line: string) => console.log(line);
const heading = (title: string) => console.log(`\n== ${title} ==\n`);

function positiveInteger(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a positive integer, got "${text}"`);
  return value;
}

async function gasSection(): Promise<NonNullable<Results["gas"]>> {
  heading("Gas per operation");
  const started = provenance();
  const run = await measureGas(mainOptimizer(), { references: true, log });
  log(`\n${describeSettings(run)}\n`);
  log(gasTable("text", run));
  const over = overOz(run);
  if (over.length)
    log(`\nMore than 10 % above OpenZeppelin:\n${over.map((line) => `  - ${line}`).join("\n")}`);
  const errors = gasErrors(run);
  if (errors.length) log(`\nErrors (no number measured):\n${errors.map((line) => `  - ${line}`).join("\n")}`);
  return { ...started, run };
}

async function optimizerSection(includeViaIR: boolean): Promise<NonNullable<Results["optimizer"]>> {
  heading("Optimizer settings");
  const started = provenance();
  const main = mainOptimizer();
  const variants: OptimizerVariant[] = [main];
  for (const { runs, viaIR } of includeViaIR ? [...SWEEP, ...VIA_IR_SWEEP] : SWEEP) {
    const name = variantName(runs, viaIR);
    if (!variants.some((variant) => variant.name === name)) variants.push({ name, runs, viaIR });
  }
  const runs: GasRun[] = [];
  for (const variant of variants) runs.push(await measureGas(variant, { references: false, log }));
  log(`\n${optimizerGasTable("text", runs)}\n\n${sizeTable("text", runs)}`);
  return { ...started, main: main.name, runs };
}

/** Runs `command` in the project; its output is shown only if it fails. */
function runQuietly(what: string, command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: PROJECT_ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    let output = "";
    const collect = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8_000));
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${what} failed (exit ${code}):\n${output.trim()}`)),
    );
  });
}

/** `npm run build`: the contracts, then `next build` of the dApp. */
const buildApp = () => runQuietly("npm run build", "npm", ["run", "build"]);
/** `next build` of the empty reference page. */
const buildFloor = () =>
  runQuietly("next build of the empty page", process.execPath, [packageBin("next"), "build", FLOOR_APP]);

async function appSection(lighthouseRuns: number): Promise<NonNullable<Results["app"]>> {
  heading("The app");
  const section = { ...provenance(), lighthouseVersion: lighthouseVersion() };
  log("Starting a local chain with Wayfare and the demo data, as npm start does (free port)...");
  let chain: RunningNode | undefined;
  let servedWith = "next start of the production build, with a fresh local chain, Wayfare and the demo data";
  try {
    chain = await startSeededChain();
  } catch (error) {
    servedWith = `next start of the production build, without a chain (${messageOf(error)})`;
    log(`  ${servedWith}`);
  }
  try {
    log("Building the production app (npm run build)...");
    let firstLoad: RouteBundle[];
    try {
      await buildApp();
      firstLoad = firstLoadJs();
      log("Building the empty reference page (next build bench/app/floor)...");
      await buildFloor();
    } catch (error) {
      log(`First-load JS not measured: ${messageOf(error)}`);
      return { ...section, servedWith, firstLoadJs: { error: messageOf(error) }, lighthouse: [] };
    }
    log(`\nFirst-load JavaScript per route:\n${bundleTable("text", firstLoad)}\n`);
    const results = await lighthouseRoutes(chain, lighthouseRuns);
    return { ...section, servedWith, firstLoadJs: firstLoad, lighthouse: results };
  } finally {
    await chain?.stop();
  }
}

/** Lighthouse for each tracked route and preset against `next start`; the median run by performance. */
async function lighthouseRoutes(
  chain: RunningNode | undefined,
  runsPerPage: number,
): Promise<LighthouseResult[]> {
  const results: LighthouseResult[] = [];
  await withNextServer({ env: chain ? dappEnv(chain) : {} }, async (url) => {
    for (const route of LIGHTHOUSE_ROUTES)
      results.push(...(await lighthouseRoute(route, `${url}${route}`, runsPerPage)));
    const scriptless = await serveWithoutScripts(url);
    try {
      results.push(...(await lighthouseRoute(SCRIPTLESS_ROUTE, `${scriptless.url}/`, runsPerPage)));
    } finally {
      await scriptless.stop();
    }
  });
  await withNextServer({ dir: FLOOR_APP }, async (url) => {
    results.push(...(await lighthouseRoute(FLOOR_ROUTE, `${url}/`, runsPerPage)));
  });
  log(`\n${lighthouseTable("text", results)}`);
  for (const { route, preset, result } of results) {
    if ("error" in result) log(`  ${route} (${preset}): ${result.error}`);
    else if ("accessibilityFailures" in result && result.accessibilityFailures.length) {
      log(`  ${route} (${preset}) failed accessibility audits: ${result.accessibilityFailures.join(", ")}`);
    }
  }
  return results;
}

async function withNextServer(
  options: Parameters<typeof startNextServer>[0],
  measure: (url: string) => Promise<void>,
): Promise<void> {
  const app = await startNextServer(options);
  const untrack = track(app.stop);
  try {
    await measure(app.url);
  } finally {
    await app.stop();
    untrack();
  }
}

/** Lighthouse runs of one page with each preset; the median run by performance. */
async function lighthouseRoute(route: string, url: string, runsPerPage: number): Promise<LighthouseResult[]> {
  const results: LighthouseResult[] = [];
  const status = (await fetch(url)).status;
  for (const preset of PRESETS) {
    if (status === 404) {
      results.push({ route, preset, runs: 0, result: { missing: "the route does not exist yet (404)" } });
      continue;
    }
    log(`Lighthouse ${route} (${preset}, ${runsPerPage} run${runsPerPage > 1 ? "s" : ""})...`);
    try {
      const runs: LighthouseRun[] = [];
      for (let index = 0; index < runsPerPage; index += 1) runs.push(await lighthouse(url, preset));
      runs.sort((a, b) => a.performance - b.performance);
      results.push({ route, preset, runs: runs.length, result: runs[Math.floor((runs.length - 1) / 2)] });
    } catch (error) {
      results.push({ route, preset, runs: 0, result: { error: messageOf(error) } });
    }
  }
  return results;
}

function lighthouseVersion(): string {
  // Read, not imported: the package's exports do not include its package.json.
  const manifest = JSON.parse(readFileSync(`${PROJECT_ROOT}node_modules/lighthouse/package.json`, "utf8"));
  return (manifest as { version: string }).version;
}

async function timingsSection(startRuns: number): Promise<NonNullable<Results["timings"]>> {
  heading("Timings");
  const started = provenance();
  const npmStart: NonNullable<Results["timings"]>["npmStart"] = { runs: [] };
  try {
    for (let index = 0; index < startRuns; index += 1) {
      log(`npm start, run ${index + 1} of ${startRuns}...`);
      npmStart.runs.push(await timeStart());
    }
    npmStart.medianSeconds = median(npmStart.runs.map((run) => run.wallSeconds));
  } catch (error) {
    // npm start names a taken port itself (e.g. another npm start running).
    npmStart.error = messageOf(error);
  }
  log("npm test (once; its output is shown only if it fails)...");
  let output = "";
  const run = await timeCommand(["test"], (chunk) => (output = (output + chunk).slice(-OUTPUT_TAIL_CHARS)));
  const timings = { ...started, npmStart, npmTest: { run } };
  if (run.exitCode !== 0) log(`npm test failed; the end of its output:\n${output.trim()}`);
  log(`\n${timingLines(timings).join("\n")}`);
  return timings;
}

/** Writes a committed file the way `prettier --write` would, so `npm run lint` stays clean. */
async function writeFormatted(file: string, text: string): Promise<void> {
  const path = `${PROJECT_ROOT}${file}`;
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(text, { ...options, filepath: path }));
}

async function main(): Promise<void> {
  if (flags.help) {
    console.log(USAGE);
    return;
  }
  stopAllOnInterrupt();
  const lighthouseRuns = positiveInteger("lighthouse-runs", flags["lighthouse-runs"]);
  const startRuns = positiveInteger("start-runs", flags["start-runs"]);
  const results = readResults();

  results.gas = await gasSection();
  if (flags.optimizer || flags["via-ir"] || flags.all)
    results.optimizer = await optimizerSection(flags["via-ir"]);
  if (flags.app || flags.all) results.app = await appSection(lighthouseRuns);
  if (flags.timings || flags.all) results.timings = await timingsSection(startRuns);

  await writeFormatted(RESULTS_JSON, JSON.stringify(results));
  await writeFormatted(RESULTS_MD, resultsMarkdown(results));
  log(`\nWrote ${RESULTS_JSON} and ${RESULTS_MD}.`);
}

try {
  await main();
  // EDR's in-process chains keep the event loop alive; the results are written, so leave.
  process.exit(0);
} catch (error) {
  console.error(
    `npm run bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exit(1);
}
