// Renders bench results as plain-text tables (the terminal) and as Markdown (bench/RESULTS.md).
import type { RouteBundle } from "./app/bundles.ts";
import type { LighthouseRun } from "./app/lighthouse.ts";
import {
  type CellResult,
  type GasRun,
  MAX_INITCODE_BYTES,
  MAX_RUNTIME_BYTES,
  numberOf,
} from "./gas/measure.ts";
import { IMPLEMENTATIONS } from "./gas/operations.ts";
import type { LighthouseResult, Provenance, Results } from "./results.ts";

export type Format = "text" | "markdown";

/** Operations more than this much above OpenZeppelin are listed with what the extra buys. */
export const OVER_OZ_THRESHOLD = 1.1;

const LABELS = { wayfare: "Wayfare", oz: "OpenZeppelin", solady: "Solady" } as const;

const integer = (value: number) => Math.round(value).toLocaleString("en-US");
const ratio = (value: number | undefined) => (value === undefined ? "" : value.toFixed(2));
const kB = (bytes: number) => (bytes / 1000).toFixed(1);

function cell(result: CellResult | undefined, hasReference: boolean): string {
  if (!hasReference) return "—";
  if (!result) return "";
  if ("gas" in result) return integer(result.gas);
  if ("unavailable" in result) return "not available yet";
  return "error";
}

/** A table with a header row; numeric-looking columns are right-aligned. */
export function table(format: Format, header: string[], rows: string[][]): string {
  const numeric = header.map((_, column) =>
    rows.every((row) => row[column] === "" || /^[\d,.%×—-]+$|^n\/a$/.test(row[column] ?? "")),
  );
  if (format === "markdown") {
    const escape = (text: string) => text.replaceAll("|", "\\|");
    return [
      `| ${header.map(escape).join(" | ")} |`,
      `| ${numeric.map((isNumeric) => (isNumeric ? "---:" : "---")).join(" | ")} |`,
      ...rows.map((row) => `| ${row.map(escape).join(" | ")} |`),
    ].join("\n");
  }
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (row: string[]) =>
    row
      .map((text, column) => (numeric[column] ? text.padStart(widths[column]) : text.padEnd(widths[column])))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}

export function describeProvenance(section: Provenance): string {
  const { machine } = section;
  const date = section.measuredAt.slice(0, 10);
  return (
    `Measured ${date} on commit ${section.commit}${section.dirty ? " (with uncommitted changes)" : ""}, ` +
    `${machine.cores} × ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}, ` +
    `load average ${machine.loadAverage ?? "unknown"} at the start.`
  );
}

export function describeSettings(run: GasRun): string {
  const { variant, compiler } = run;
  return (
    `solc ${compiler.solc}, optimizer ${integer(variant.runs)} runs${variant.viaIR ? ", via IR" : ""}, ` +
    `EVM target ${compiler.evmVersion}; chain: in-process EDR, hardfork ${run.hardfork}.`
  );
}

/** The side-by-side gas table, grouped by contract. */
export function gasTable(format: Format, run: GasRun): string {
  const header = ["Operation", "Wayfare", "OZ", "Solady", "Floor", "W/OZ", "W/floor"];
  if (format === "markdown") header.push("What Wayfare's extra buys");
  const rows: string[][] = [];
  let group = "";
  for (const operation of run.operations) {
    if (operation.group !== group) {
      group = operation.group;
      rows.push([format === "markdown" ? `**${group}**` : `${group}:`, ...header.slice(1).map(() => "")]);
    }
    const over = (operation.ratios.wayfareToOz ?? 0) > 1;
    const row = [
      format === "markdown" ? operation.operation : `  ${operation.operation}`,
      cell(operation.gas.wayfare, true),
      cell(operation.gas.oz, Boolean(operation.references.oz)),
      cell(operation.gas.solady, Boolean(operation.references.solady)),
      "gas" in operation.floor ? integer(operation.floor.gas) : "n/a",
      ratio(operation.ratios.wayfareToOz),
      ratio(operation.ratios.wayfareToFloor),
    ];
    const explain = numberOf(operation.gas.wayfare) !== undefined && (over || !operation.references.oz);
    if (format === "markdown") row.push(explain ? (operation.extra ?? "") : "");
    rows.push(row);
  }
  return table(format, header, rows);
}

/** What each reference column means, per group. */
export function referenceLegend(run: GasRun): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const operation of run.operations) {
    for (const implementation of IMPLEMENTATIONS) {
      const reference = operation.references[implementation];
      const key = `${operation.group}/${implementation}/${reference}`;
      if (!reference || seen.has(key)) continue;
      seen.add(key);
      lines.push(`${operation.group}, ${LABELS[implementation]}: ${reference}`);
    }
  }
  return lines;
}

/** Operations more than 10 % above OpenZeppelin, with what the extra buys. */
export function overOz(run: GasRun): string[] {
  return run.operations
    .filter((operation) => (operation.ratios.wayfareToOz ?? 0) > OVER_OZ_THRESHOLD)
    .map(
      (operation) =>
        `${operation.group}: ${operation.operation}: ${ratio(operation.ratios.wayfareToOz)}× OZ ` +
        `(+${integer((numberOf(operation.gas.wayfare) ?? 0) - (numberOf(operation.gas.oz) ?? 0))}): ` +
        `${operation.extra ?? "no explanation recorded"}`,
    );
}

/** Cells that have an error instead of a number (a broken scenario or a changed contract surface). */
export function gasErrors(run: GasRun): string[] {
  return run.operations.flatMap((operation) =>
    IMPLEMENTATIONS.flatMap((implementation) => {
      const result = operation.gas[implementation];
      return result && "error" in result
        ? [`${operation.id} (${LABELS[implementation]}): ${result.error}`]
        : [];
    }),
  );
}

/** How each floor is made up (Markdown details). */
export function floorBreakdown(run: GasRun): string {
  return run.operations
    .filter((operation) => "gas" in operation.floor)
    .map((operation) => {
      const floor = operation.floor as Extract<typeof operation.floor, { gas: number }>;
      const parts = floor.parts.map(
        (part) =>
          `${part.what} ${integer(part.gas)}${part.refund ? ` (refund ${integer(part.refund)})` : ""}`,
      );
      const calldataFloor = floor.calldataFloorApplies ? " EIP-7623's calldata floor applies." : "";
      return `- ${operation.operation}: **${integer(floor.gas)}** = intrinsic + calldata ${integer(floor.intrinsic)} + ${parts.join(" + ")}.${calldataFloor}`;
    })
    .join("\n");
}

/** Gas per operation at each optimizer setting, and the total over the operations every run measured. */
export function optimizerGasTable(format: Format, runs: GasRun[]): string {
  const header = ["Operation", ...runs.map((run) => run.variant.name)];
  const measured = runs[0].operations.filter((operation) =>
    runs.every((run) => numberOf(run.operations.find((other) => other.id === operation.id)?.gas.wayfare)),
  );
  const gasOf = (run: GasRun, id: string) =>
    numberOf(run.operations.find((other) => other.id === id)?.gas.wayfare) ?? 0;
  const rows = measured.map((operation) => [
    `${operation.group}: ${operation.operation}`,
    ...runs.map((run) => integer(gasOf(run, operation.id))),
  ]);
  rows.push([
    `Total over these ${measured.length} operations`,
    ...runs.map((run) => integer(measured.reduce((sum, operation) => sum + gasOf(run, operation.id), 0))),
  ]);
  return table(format, header, rows);
}

/** Runtime code size per contract and optimizer setting, against EIP-170's 24,576 bytes. */
export function sizeTable(format: Format, runs: GasRun[]): string {
  const contracts = [...new Set(runs.flatMap((run) => run.sizes.map((size) => size.contract)))].sort();
  const header = ["Contract (runtime bytes / initcode bytes)", ...runs.map((run) => run.variant.name)];
  const rows = contracts.map((contract) => [
    contract,
    ...runs.map((run) => {
      const size = run.sizes.find((entry) => entry.contract === contract);
      if (!size) return "";
      const flag =
        size.runtimeBytes > MAX_RUNTIME_BYTES || size.initcodeBytes > MAX_INITCODE_BYTES ? " OVER LIMIT" : "";
      return `${integer(size.runtimeBytes)} / ${integer(size.initcodeBytes)}${flag}`;
    }),
  ]);
  return table(format, header, rows);
}

export function bundleTable(format: Format, bundles: RouteBundle[]): string {
  return table(
    format,
    ["Route", "Chunks", "First-load JS (kB)", "gzipped (kB)"],
    bundles.map((bundle) => [
      bundle.route,
      String(bundle.chunks),
      kB(bundle.uncompressedBytes),
      kB(bundle.gzipBytes),
    ]),
  );
}

const LIGHTHOUSE_COLUMNS = [
  "Route",
  "Preset",
  "Performance",
  "Accessibility",
  "FCP (s)",
  "FCP seen (s)",
  "LCP (s)",
  "TBT (ms)",
  "CLS",
  "Runs",
];

export function lighthouseTable(format: Format, results: LighthouseResult[]): string {
  const rows = results.map(({ route, preset, result, runs }) => {
    const unmeasured = (why: string) => [route, preset, why, ...LIGHTHOUSE_COLUMNS.slice(3).map(() => "")];
    if ("missing" in result) return unmeasured("missing");
    if ("error" in result) return unmeasured("error");
    const run = result as LighthouseRun;
    const seconds = (ms: number) => (ms / 1000).toFixed(1);
    return [
      route,
      preset,
      String(run.performance),
      String(run.accessibility),
      seconds(run.metrics.fcpMs),
      run.observedFcpMs === undefined ? "n/a" : seconds(run.observedFcpMs),
      seconds(run.metrics.lcpMs),
      integer(run.metrics.tbtMs),
      run.metrics.cls.toFixed(3),
      String(runs),
    ];
  });
  return table(format, LIGHTHOUSE_COLUMNS, rows);
}

export function timingLines(timings: NonNullable<Results["timings"]>): string[] {
  const lines: string[] = [];
  const { npmStart, npmTest } = timings;
  if (npmStart.error) lines.push(`npm start → ready: failed (${npmStart.error})`);
  else {
    const runs = npmStart.runs.map((run) => `${run.wallSeconds.toFixed(1)} s`).join(", ");
    const reported = npmStart.runs.map((run) => `${run.reportedSeconds.toFixed(1)} s`).join(", ");
    lines.push(
      `npm start → "Wayfare is ready": median ${npmStart.medianSeconds?.toFixed(1)} s wall ` +
        `(runs: ${runs}; as npm start reported: ${reported})`,
    );
  }
  const passed = npmTest.run.exitCode === 0 ? "passed" : `FAILED with exit code ${npmTest.run.exitCode}`;
  lines.push(`npm test: ${npmTest.run.wallSeconds.toFixed(1)} s wall, one run, ${passed}`);
  return lines;
}
