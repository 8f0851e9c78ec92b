// Wall-clock timings of the developer's two commands on this machine: `npm start` until it prints
// "Wayfare is ready in N s", and a whole `npm test`. Each runs in its own process group, stopped
// by that group's id.
import { type ChildProcess, spawn } from "node:child_process";

import { PROJECT_ROOT } from "../../scripts/lib/project.ts";
import { track } from "./processes.ts";

const READY_LINE = /Wayfare is ready in ([\d.]+) s/;
/** `npm start` must be ready within this, or the run counts as failed. */
const START_TIMEOUT_MS = 10 * 60_000;
const STOP_GRACE_MS = 20_000;

export interface StartRun {
  /** From spawning `npm start` to its ready line. */
  wallSeconds: number;
  /** What `npm start` itself reported. */
  reportedSeconds: number;
}

export interface CommandRun {
  wallSeconds: number;
  exitCode: number | null;
}

function spawnGroup(command: string, args: string[]): ChildProcess {
  return spawn(command, args, {
    cwd: PROJECT_ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", HARDHAT_DISABLE_TELEMETRY_PROMPT: "true" },
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** Ctrl-C for the whole group (what a user does), then SIGKILL if it lingers. */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), name);
    } catch {
      // The group is gone already.
    }
  };
  signal("SIGINT");
  const timer = setTimeout(() => signal("SIGKILL"), STOP_GRACE_MS);
  await exited(child);
  clearTimeout(timer);
}

/** One `npm start`, stopped as soon as it is ready. */
export async function timeStart(): Promise<StartRun> {
  const started = performance.now();
  const child = spawnGroup("npm", ["start"]);
  const untrack = track(() => stopGroup(child));
  let output = "";
  try {
    return await new Promise<StartRun>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`npm start was not ready within ${START_TIMEOUT_MS / 1000} s`)),
        START_TIMEOUT_MS,
      );
      const onData = (chunk: Buffer) => {
        output = (output + chunk.toString()).slice(-4_000);
        const ready = READY_LINE.exec(output);
        if (ready) {
          clearTimeout(timer);
          resolve({ wallSeconds: (performance.now() - started) / 1000, reportedSeconds: Number(ready[1]) });
        }
      };
      child.stdout?.on("data", onData);
      child.stderr?.on("data", onData);
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`npm start exited (code ${code}) before it was ready:\n${output.trim()}`));
      });
    });
  } finally {
    await stopGroup(child);
    untrack();
  }
}

/** One run of `npm <args>` to completion, e.g. `npm test`; its output goes to `log`. */
export async function timeCommand(args: string[], log: (chunk: string) => void): Promise<CommandRun> {
  const started = performance.now();
  const child = spawnGroup("npm", args);
  child.stdout?.on("data", (chunk: Buffer) => log(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => log(chunk.toString()));
  const untrack = track(() => stopGroup(child));
  try {
    await exited(child);
  } finally {
    untrack();
  }
  return { wallSeconds: (performance.now() - started) / 1000, exitCode: child.exitCode };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
