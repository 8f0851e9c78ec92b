// First-load JavaScript per route of the production build. Next 16 no longer prints it; its build
// writes the chunks each route loads first to .next/diagnostics/route-bundle-stats.json, and we gzip
// them the way Next's own figure used to be computed (gzip level 9, summed per chunk).
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

import { PROJECT_ROOT } from "../../scripts/lib/project.ts";

export const ROUTE_BUNDLE_STATS = ".next/diagnostics/route-bundle-stats.json";

export interface RouteBundle {
  route: string;
  chunks: number;
  uncompressedBytes: number;
  gzipBytes: number;
}

interface RouteBundleStat {
  route: string;
  firstLoadUncompressedJsBytes: number;
  firstLoadChunkPaths: string[];
}

/** Every route of the last production build (`/_not-found` left out), largest first load last. */
export function firstLoadJs(): RouteBundle[] {
  const statsFile = `${PROJECT_ROOT}${ROUTE_BUNDLE_STATS}`;
  if (!existsSync(statsFile)) throw new Error(`No ${ROUTE_BUNDLE_STATS}: the production build did not run.`);
  const stats = JSON.parse(readFileSync(statsFile, "utf8")) as RouteBundleStat[];
  const gzipped = new Map<string, number>();
  const gzipSize = (chunk: string) => {
    if (!gzipped.has(chunk))
      gzipped.set(chunk, gzipSync(readFileSync(`${PROJECT_ROOT}${chunk}`), { level: 9 }).length);
    return gzipped.get(chunk) ?? 0;
  };
  return stats
    .filter((stat) => stat.route !== "/_not-found")
    .map((stat) => ({
      route: stat.route,
      chunks: stat.firstLoadChunkPaths.length,
      uncompressedBytes: stat.firstLoadUncompressedJsBytes,
      gzipBytes: stat.firstLoadChunkPaths.reduce((sum, chunk) => sum + gzipSize(chunk), 0),
    }))
    .sort((a, b) => a.route.localeCompare(b.route));
}
