// Starts and stops a production `next start` of the dApp on 127.0.0.1, by process group.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { freePort, isPortFree } from "./hardhat-node.ts";

const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const NEXT_BIN = `${PROJECT_ROOT}node_modules/.bin/next`;
const HOST = "127.0.0.1";
const READY_TIMEOUT_MS = 60_000;

export interface RunningApp {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export function hasProductionBuild(): boolean {
  return existsSync(`${PROJECT_ROOT}.next/BUILD_ID`);
}

/** Serves the existing production build (`next build`) with `env` added to its environment. */
export async function startNextServer(
  options: { port?: number; env?: Record<string, string>; log?: (chunk: string) => void } = {},
): Promise<RunningApp> {
  if (!hasProductionBuild()) throw new Error('No production build of the dApp: run "npx next build" first.');
  const port = options.port ?? (await freePort());
  if (!(await isPortFree(port))) {
    throw new Error(`Port ${port} on ${HOST} is already in use: stop whatever runs there and retry.`);
  }
  const child = spawn(NEXT_BIN, ["start", "--hostname", HOST, "--port", String(port)], {
    cwd: PROJECT_ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...options.env },
  });
  let output = "";
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
    options.log?.(chunk.toString());
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);

  const url = `http://${HOST}:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
      await new Promise((resolve) => child.once("exit", resolve));
    }
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.status < 500) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not answer on ${url} within ${READY_TIMEOUT_MS / 1000} s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, pid: child.pid ?? 0, stop };
}
