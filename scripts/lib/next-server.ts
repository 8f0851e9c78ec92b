// Starts and stops a production `next start` of the dApp on 127.0.0.1, by process group.
import { existsSync } from "node:fs";
import { join } from "node:path";

import { PROJECT_ROOT, packageBin } from "./project.ts";
import {
  HOST,
  PortInUseError,
  type RunningServer,
  freePort,
  isPortFree,
  startServer,
} from "./server-process.ts";

const READY_TIMEOUT_MS = 60_000;

export type RunningApp = RunningServer;

export function hasProductionBuild(dir = PROJECT_ROOT): boolean {
  return existsSync(join(dir, ".next", "BUILD_ID"));
}

/** Whether the dApp serves pages at `url` (a 4xx still means it is up). */
async function appAnswers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return response.status < 500;
  } catch {
    return false;
  }
}

/**
 * Serves the existing production build (`next build`) of the dApp, or of the Next.js app in `dir`,
 * with `env` added to its environment.
 */
export async function startNextServer(
  options: { dir?: string; port?: number; env?: Record<string, string>; log?: (chunk: string) => void } = {},
): Promise<RunningApp> {
  const dir = options.dir ?? PROJECT_ROOT;
  if (!hasProductionBuild(dir)) {
    throw new Error(
      options.dir
        ? `No production build in ${dir}: run "npx next build ${dir}" first.`
        : 'No production build of the dApp: run "npx next build" first.',
    );
  }
  const port = options.port ?? (await freePort());
  if (!(await isPortFree(port))) throw new PortInUseError(port);
  return startServer({
    name: "next start",
    script: packageBin("next"),
    args: ["start", dir, "--hostname", HOST, "--port", String(port)],
    port,
    env: { NEXT_TELEMETRY_DISABLED: "1", ...options.env },
    log: options.log,
    answers: appAnswers,
    readyTimeoutMs: READY_TIMEOUT_MS,
  });
}
