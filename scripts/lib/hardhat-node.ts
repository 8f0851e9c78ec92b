// Starts and stops a real `hardhat node` (EDR over JSON-RPC) on 127.0.0.1, for `npm start` and tests.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const HARDHAT_BIN = `${PROJECT_ROOT}node_modules/.bin/hardhat`;
const HOST = "127.0.0.1";
const READY_TIMEOUT_MS = 60_000;
const POLL_INTERVAL_MS = 150;

export interface RunningNode {
  url: string;
  port: number;
  pid: number;
  /** Stops the node's whole process group and waits until it has exited. */
  stop(): Promise<void>;
}

export class PortInUseError extends Error {
  readonly port: number;

  constructor(port: number) {
    super(
      `Port ${port} on ${HOST} is already in use: stop whatever runs there (another "npm start"?) and retry.`,
    );
    this.port = port;
  }
}

/** Resolves whether `port` on 127.0.0.1 can be listened on right now. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
      .once("error", () => resolve(false))
      .listen(port, HOST, () => server.close(() => resolve(true)));
  });
}

/** A port the OS reports free on 127.0.0.1, so parallel test runs don't clash. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
      .once("error", reject)
      .listen(0, HOST, () => {
        const address = server.address();
        const port = typeof address === "object" && address ? address.port : 0;
        server.close(() => resolve(port));
      });
  });
}

/** Whether a JSON-RPC node answers `eth_chainId` at `url`. */
export async function nodeAnswers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] }),
      signal: AbortSignal.timeout(2_000),
    });
    return response.ok;
  } catch {
    return false;
  }
}

function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/**
 * Spawns `hardhat node` in its own process group and resolves once it answers JSON-RPC.
 * `log` receives the node's output (it is discarded by default).
 */
export async function startHardhatNode(
  options: { port?: number; log?: (chunk: string) => void } = {},
): Promise<RunningNode> {
  const port = options.port ?? (await freePort());
  if (!(await isPortFree(port))) throw new PortInUseError(port);

  const child = spawn(HARDHAT_BIN, ["node", "--hostname", HOST, "--port", String(port)], {
    cwd: PROJECT_ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, HARDHAT_DISABLE_TELEMETRY_PROMPT: "true" },
  });
  let output = "";
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    output = (output + text).slice(-4_000);
    options.log?.(text);
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
    }
    await waitForExit(child);
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await nodeAnswers(url))) {
    if (child.exitCode !== null) {
      throw new Error(`hardhat node exited with code ${child.exitCode} before it was ready:\n${output}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `hardhat node did not answer on ${url} within ${READY_TIMEOUT_MS / 1000} s:\n${output}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  return { url, port, pid: child.pid ?? 0, stop };
}
