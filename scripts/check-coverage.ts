// Fails when any contract's line coverage (from Hardhat's `--coverage` lcov report) is under the bar.
import { readFileSync } from "node:fs";

const MIN_LINE_COVERAGE = 95; // percent, per contract file
const LCOV_PATH = "coverage/lcov.info";

interface FileCoverage {
  file: string;
  found: number;
  hit: number;
}

function parseLcov(text: string): FileCoverage[] {
  const files: FileCoverage[] = [];
  let current: FileCoverage | undefined;
  for (const line of text.split("\n")) {
    if (line.startsWith("SF:")) current = { file: line.slice(3), found: 0, hit: 0 };
    else if (line.startsWith("LF:") && current) current.found = Number(line.slice(3));
    else if (line.startsWith("LH:") && current) current.hit = Number(line.slice(3));
    else if (line === "end_of_record" && current) {
      files.push(current);
      current = undefined;
    }
  }
  return files;
}

let report: string;
try {
  report = readFileSync(LCOV_PATH, "utf8");
} catch {
  console.error(`No coverage report at ${LCOV_PATH}: run "npx hardhat test solidity --coverage" first.`);
  process.exit(1);
}

const measured = parseLcov(report).filter((entry) => entry.found > 0);
const below = measured.filter((entry) => (entry.hit / entry.found) * 100 < MIN_LINE_COVERAGE);
for (const { file, found, hit } of measured) {
  const percent = ((hit / found) * 100).toFixed(1);
  console.log(
    `${below.some((entry) => entry.file === file) ? "✗" : "✓"} ${file.padEnd(40)} ${percent}% lines`,
  );
}
if (below.length > 0) {
  console.error(
    `Line coverage below ${MIN_LINE_COVERAGE}% in ${below.map((entry) => entry.file).join(", ")}.`,
  );
  process.exit(1);
}
console.log(`Line coverage of every contract is at least ${MIN_LINE_COVERAGE}%.`);
