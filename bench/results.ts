// The shape of bench/results.json. Each section records when, on which commit and on what machine it
// was measured: a run that skips a section (e.g. no --app) keeps that section from the previous file.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";

import type { RouteBundle } from "./app/bundles.ts";
import type { LighthouseRun, Preset } from "./app/lighthouse.ts";
import type { CommandRun, StartRun } from "./app/timings.ts";
import type { GasRun } from "./gas/measure.ts";
import { PROJECT_ROOT } from "../scripts/lib/project.ts";

export const RESULTS_JSON = "bench/results.json";
export const RESULTS_MD = "bench/RESULTS.md";

export interface Provenance {
  measuredAt: string;
  commit: string;
  /** Whether the working tree had uncommitted changes when measured. */
  dirty: boolean;
  machine: {
    cpu: string;
    cores: number;
    memoryGiB: number;
    node: string;
    platform: string;
    /** The 1-minute load average when the section started: timings on a busy machine run slower. */
    loadAverage: number;
  };
}

export interface LighthouseResult {
  route: string;
  preset: Preset;
  /** Median of the runs (by performance score), or why the route was not measured. */
  result: LighthouseRun | { missing: string } | { error: string };
  runs: number;
}

export interface Results {
  gas?: Provenance & { run: GasRun };
  optimizer?: Provenance & { main: string; runs: GasRun[] };
  app?: Provenance & {
    /** What Lighthouse was pointed at. */
    servedWith: string;
    firstLoadJs: RouteBundle[] | { error: string };
    lighthouse: LighthouseResult[];
    lighthouseVersion: string;
  };
  timings?: Provenance & {
    npmStart: { runs: StartRun[]; medianSeconds?: number; error?: string };
    npmTest: { run: CommandRun };
  };
}

/** Call when a section starts measuring. */
export function provenance(): Provenance {
  // Outside a git checkout (e.g. an unpacked archive) the commit is unknown.
  const git = (...args: string[]) => {
    try {
      return execFileSync("git", args, { cwd: PROJECT_ROOT, encoding: "utf8", stdio: "pipe" }).trim();
    } catch {
      return undefined;
    }
  };
  const commit = git("rev-parse", "--short", "HEAD");
  return {
    measuredAt: new Date().toISOString(),
    commit: commit ?? "unknown",
    dirty: commit === undefined || (git("status", "--porcelain") ?? "").length > 0,
    machine: {
      cpu: cpus()[0]?.model ?? "unknown",
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      loadAverage: Number(loadavg()[0].toFixed(2)),
    },
  };
}

export function readResults(): Results {
  const file = `${PROJECT_ROOT}${RESULTS_JSON}`;
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Results;
  } catch {
    return {};
  }
}
