// Lighthouse (the pinned npm package) against the production build served by `next start`, in
// Debian's Chromium, headless. Lighthouse launches and stops Chromium itself, with a fresh profile.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/lib/chromium.ts";
import { PROJECT_ROOT, packageBin } from "../../scripts/lib/project.ts";

/** Lighthouse's two standard setups: mobile (its default: simulated slow 4G, 4× CPU slowdown) and desktop. */
export const PRESETS = ["mobile", "desktop"] as const;
export type Preset = (typeof PRESETS)[number];

/** The main metrics behind the performance score, in milliseconds (CLS unitless). */
const METRICS = {
  "first-contentful-paint": "fcpMs",
  "largest-contentful-paint": "lcpMs",
  "total-blocking-time": "tbtMs",
  "cumulative-layout-shift": "cls",
  "speed-index": "speedIndexMs",
} as const;

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  metrics: Record<(typeof METRICS)[keyof typeof METRICS], number>;
  /**
   * When the first contentful paint really reached the screen in the (unthrottled) load that the
   * simulation starts from. Absent from results recorded before it was measured.
   */
  observedFcpMs?: number;
  /** Lighthouse's measure of this machine's CPU (a fast desktop is ~1,500+). */
  benchmarkIndex: number;
  /** Failed accessibility audits, by id. */
  accessibilityFailures: string[];
}

interface LighthouseReport {
  lighthouseVersion: string;
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    {
      score: number | null;
      numericValue?: number;
      scoreDisplayMode: string;
      details?: { items?: { observedFirstContentfulPaint?: number }[] };
    }
  >;
  environment: { benchmarkIndex: number };
}

/** One Lighthouse run of `url`; scores are 0-100. */
export async function lighthouse(url: string, preset: Preset): Promise<LighthouseRun> {
  const outputDir = mkdtempSync(join(tmpdir(), "wayfare-lighthouse-"));
  const outputPath = join(outputDir, "report.json");
  try {
    await run([
      url,
      `--chrome-path=${CHROMIUM_PATH}`,
      `--chrome-flags=${CHROMIUM_ARGS.join(" ")}`,
      "--only-categories=performance,accessibility",
      ...(preset === "desktop" ? ["--preset=desktop"] : []),
      "--output=json",
      `--output-path=${outputPath}`,
      "--quiet",
    ]);
    const report = JSON.parse(readFileSync(outputPath, "utf8")) as LighthouseReport;
    if (report.runtimeError)
      throw new Error(`Lighthouse: ${report.runtimeError.code} ${report.runtimeError.message}`);
    const score = (category: string) => Math.round((report.categories[category].score ?? 0) * 100);
    const metrics = Object.fromEntries(
      Object.entries(METRICS).map(([audit, name]) => [
        name,
        report.audits[audit]?.numericValue ?? Number.NaN,
      ]),
    ) as LighthouseRun["metrics"];
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      metrics,
      observedFcpMs: report.audits.metrics?.details?.items?.[0]?.observedFirstContentfulPaint,
      benchmarkIndex: report.environment.benchmarkIndex,
      accessibilityFailures: report.categories.accessibility.auditRefs
        .filter((ref) => ref.weight > 0 && report.audits[ref.id]?.score === 0)
        .map((ref) => ref.id),
    };
  } finally {
    rmSync(outputDir, { recursive: true, force: true });
  }
}

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [packageBin("lighthouse"), ...args], {
      cwd: PROJECT_ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4_000)));
    child.stderr.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4_000)));
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`lighthouse exited with code ${code}:\n${output.trim()}`)),
    );
  });
}
