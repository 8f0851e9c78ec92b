// Runs Hardhat Ignition's deploy of the Wayfare module, as `npm start` and `npm run deploy` need it.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";

import { PROJECT_ROOT, packageBin } from "./project.ts";

export const WAYFARE_MODULE = "deploy/modules/Wayfare.ts";

export interface DeployOptions {
  network: string;
  /** Extra `hardhat ignition deploy` flags, e.g. `--verify` or `--reset`. */
  extraArgs?: string[];
  /** Show Ignition's own progress output (otherwise it is shown only on failure). */
  inheritOutput?: boolean;
  /** RPC URL for the `localhost` network, when it is not the default 127.0.0.1:8545. */
  rpcUrl?: string;
  /**
   * Ignition deployment id (default `chain-<chain id>`). A test deploying to its own node passes one,
   * so it never overwrites the deployment a running `npm start` uses.
   */
  deploymentId?: string;
}

/** Parameters for a network live in deploy/parameters/<network>.json, when there are any. */
export function parametersFile(network: string): string | undefined {
  const file = `deploy/parameters/${network}.json`;
  return existsSync(`${PROJECT_ROOT}${file}`) ? file : undefined;
}

export function deployWayfare({
  network,
  extraArgs = [],
  inheritOutput = false,
  rpcUrl,
  deploymentId,
}: DeployOptions): Promise<void> {
  const parameters = parametersFile(network);
  const args = [
    "ignition",
    "deploy",
    WAYFARE_MODULE,
    "--network",
    network,
    ...(parameters ? ["--parameters", parameters] : []),
    ...(deploymentId ? ["--deployment-id", deploymentId] : []),
    ...extraArgs,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [packageBin("hardhat"), ...args], {
      cwd: PROJECT_ROOT,
      stdio: inheritOutput ? "inherit" : ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        HARDHAT_DISABLE_TELEMETRY_PROMPT: "true",
        ...(rpcUrl ? { WAYFARE_RPC_URL: rpcUrl } : {}),
      },
    });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(`Deploying ${WAYFARE_MODULE} to "${network}" failed (exit ${code}).\n${output.trim()}`),
        );
    });
  });
}
