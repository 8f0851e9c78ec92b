// Builds the dApp for production only when its inputs changed since the last build, so `npm start`
// and the browser tests reach a running app quickly. The inputs are hashed by content (the bindings
// generator rewrites its file only when it changes), and the hash is stored next to the build.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

import { PROJECT_ROOT, packageBin } from "./project.ts";

const BUILD_DIR = join(PROJECT_ROOT, ".next");
const STAMP_FILE = join(BUILD_DIR, "wayfare-inputs.sha256");

/** Folders and files that never feed the dApp's bundle (build output, chain code, tests, docs). */
const IGNORED = new Set([
  ".git",
  ".next",
  ".ci",
  "node_modules",
  "artifacts",
  "cache",
  "coverage",
  "types",
  "test-results",
  "contracts",
  "deploy",
  "docs",
  "test",
  "bench",
  "next-env.d.ts",
  "README.md",
  ".gas-snapshot",
]);

function inputFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !IGNORED.has(entry.name) && !entry.name.endsWith(".tsbuildinfo"))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return inputFiles(path);
      return entry.isFile() ? [path] : [];
    });
}

/** SHA-256 over the path and content of every file that can change the production build. */
export function dappInputsHash(): string {
  const hash = createHash("sha256");
  for (const file of inputFiles(PROJECT_ROOT).sort()) {
    hash.update(relative(PROJECT_ROOT, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

export function dappBuildIsCurrent(): boolean {
  if (!existsSync(join(BUILD_DIR, "BUILD_ID")) || !existsSync(STAMP_FILE)) return false;
  return readFileSync(STAMP_FILE, "utf8").trim() === dappInputsHash();
}

/**
 * Runs `next build` unless the existing build is current; returns whether it built. Build output is
 * shown only when `log` asks for it or the build fails.
 */
export async function ensureDappBuild(options: { log?: (chunk: string) => void } = {}): Promise<boolean> {
  if (dappBuildIsCurrent()) return false;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [packageBin("next"), "build"], {
      cwd: PROJECT_ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    let output = "";
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
      options.log?.(chunk.toString());
    };
    child.stdout?.on("data", collect);
    child.stderr?.on("data", collect);
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`next build failed (exit ${code}):\n${output.trim()}`));
    });
  });
  // Hashed after the build: `next build` may itself touch inputs such as tsconfig.json.
  writeFileSync(STAMP_FILE, dappInputsHash());
  return true;
}
