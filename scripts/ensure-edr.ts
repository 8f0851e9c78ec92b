// Hardhat's EDR runtime ships its native binding as an optional, per-platform package whose
// `engines` says Node >= 22. npm running under an older system Node skips it silently, and
// Hardhat then fails with "Cannot find native binding". This postinstall step runs under the
// pinned Node 22 devDependency and installs the missing binding without touching package.json.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

function bindingLoads(): boolean {
  try {
    require("@nomicfoundation/edr");
    return true;
  } catch {
    return false;
  }
}

function platformPackage(): string {
  const { platform, arch } = process;
  if (platform === "linux") {
    const report = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } };
    const libc = report?.header?.glibcVersionRuntime ? "gnu" : "musl";
    return `@nomicfoundation/edr-linux-${arch}-${libc}`;
  }
  if (platform === "darwin") return `@nomicfoundation/edr-darwin-${arch}`;
  if (platform === "win32") return `@nomicfoundation/edr-win32-${arch}-msvc`;
  throw new Error(`Hardhat's EDR has no native binding for ${platform}-${arch}.`);
}

if (!bindingLoads()) {
  // The package does not export its package.json, so read it from disk.
  const edrDir = require.resolve("@nomicfoundation/edr").replace(/[\\/]index\.js$/, "");
  const { version } = JSON.parse(readFileSync(`${edrDir}/package.json`, "utf8")) as { version: string };
  const spec = `${platformPackage()}@${version}`;
  console.log(`Installing Hardhat's native EDR binding ${spec} (npm skipped it under an older Node).`);
  execFileSync("npm", ["install", "--no-save", "--ignore-scripts", "--no-audit", "--no-fund", spec], {
    stdio: "inherit",
  });
  if (!bindingLoads()) {
    console.error(`Could not load @nomicfoundation/edr after installing ${spec}.`);
    process.exit(1);
  }
}
