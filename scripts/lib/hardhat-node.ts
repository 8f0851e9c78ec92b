// Starts and stops a real `hardhat node` (EDR over JSON-RPC) on 127.0.0.1, for `npm start` and tests.
import { packageBin } from "./project.ts";
import {
  HOST,
  PortInUseError,
  type RunningServer,
  freePort,
  isPortFree,
  startServer,
} from "./server-process.ts";

const READY_TIMEOUT_MS = 60_000;

export type RunningNode = RunningServer;

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

/**
 * Spawns `hardhat node` in its own process group and resolves once it answers JSON-RPC.
 * `log` receives the node's output (it is discarded by default).
 */
export async function startHardhatNode(
  options: { port?: number; log?: (chunk: string) => void } = {},
): Promise<RunningNode> {
  const port = options.port ?? (await freePort());
  if (!(await isPortFree(port))) throw new PortInUseError(port);
  return startServer({
    name: "hardhat node",
    script: packageBin("hardhat"),
    args: ["node", "--hostname", HOST, "--port", String(port)],
    port,
    env: { HARDHAT_DISABLE_TELEMETRY_PROMPT: "true" },
    log: options.log,
    answers: nodeAnswers,
    readyTimeoutMs: READY_TIMEOUT_MS,
  });
}
