// A server started as a child process in its own process group, on 127.0.0.1: waited for until it
// answers, and stopped by its process group (never by name), for the local chain and the dApp.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";

import { PROJECT_ROOT } from "./project.ts";

export const HOST = "127.0.0.1";
const POLL_INTERVAL_MS = 150;
const OUTPUT_KEPT = 4_000;

export interface RunningServer {
  url: string;
  port: number;
  pid: number;
  /** Stops the server's whole process group and waits until it has exited. */
  stop(): Promise<void>;
  /** Settles when the server's process exits, whether stopped or not, with the end of its output. */
  exited: Promise<ServerExit>;
}

export interface ServerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

export interface ServerSpec {
  /** How errors name it, e.g. "hardhat node". */
  name: string;
  /** The script to run with this Node, and its arguments. */
  script: string;
  args: string[];
  port: number;
  env?: Record<string, string>;
  /** Receives the server's output (discarded by default; the last part is quoted in errors). */
  log?: (chunk: string) => void;
  /** Whether the server answers at its URL yet. */
  answers(url: string): Promise<boolean>;
  readyTimeoutMs: number;
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

/** A port the OS reports free on 127.0.0.1, so parallel runs don't clash. */
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

function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** Spawns the server in its own process group and resolves once it answers; fails with its output. */
export async function startServer(spec: ServerSpec): Promise<RunningServer> {
  const child = spawn(process.execPath, [spec.script, ...spec.args], {
    cwd: PROJECT_ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...spec.env },
  });
  let output = "";
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    output = (output + text).slice(-OUTPUT_KEPT);
    spec.log?.(text);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = new Promise<ServerExit>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal, output })),
  );

  const url = `http://${HOST}:${spec.port}`;
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

  const deadline = Date.now() + spec.readyTimeoutMs;
  while (!(await spec.answers(url))) {
    if (child.exitCode !== null) {
      throw new Error(`${spec.name} exited with code ${child.exitCode} before it was ready:\n${output}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `${spec.name} did not answer on ${url} within ${spec.readyTimeoutMs / 1000} s:\n${output}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  return { url, port: spec.port, pid: child.pid ?? 0, stop, exited };
}
