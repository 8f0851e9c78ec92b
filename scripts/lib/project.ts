// Where the project lives, and how to run its packages' command lines.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * The script behind a package's command (`node_modules/<pkg>`'s `bin` entry). Run it with
 * `process.execPath`: the Node running this script (22, from the pinned `node` package, under npm),
 * whatever `node` happens to be first on PATH; Hardhat refuses Node 20.
 */
export function packageBin(pkg: string, command = pkg): string {
  const directory = join(PROJECT_ROOT, "node_modules", pkg);
  const { bin } = JSON.parse(readFileSync(join(directory, "package.json"), "utf8")) as {
    bin: string | Record<string, string>;
  };
  return join(directory, typeof bin === "string" ? bin : bin[command]);
}
