import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const WEB_DIST = fileURLToPath(new URL("../../apps/web/dist/", import.meta.url));

/** The goal of the web issue: what the first page loads stays under 150 KB gzipped. */
export const FIRST_PAGE_JS_GOAL_BYTES = 150 * 1024;

export interface WebSizeReport {
  /** The scripts index.html loads before anything shows: its module entry and preloads. */
  files: { file: string; bytes: number; gzipBytes: number; brotliBytes: number }[];
  bytes: number;
  gzipBytes: number;
  /** Brotli at quality 11, as the build precompresses it and the server sends it to browsers. */
  brotliBytes: number;
  goalBytes: number;
  withinGoal: boolean;
}

/**
 * Measures the JavaScript the first page of the built web app loads, gzipped (level 9, as a
 * server would send it precompressed). Null when the app is not built.
 */
export function measureFirstPageJS(dist = WEB_DIST): WebSizeReport | null {
  const indexFile = join(dist, "index.html");
  if (!existsSync(indexFile)) return null;
  const html = readFileSync(indexFile, "utf8");
  const sources = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].flatMap((m) => (m[1] ? [m[1]] : []));
  const files = [...new Set(sources)].map((src) => {
    const content = readFileSync(join(dist, src.replace(/^\//, "")));
    return {
      file: src,
      bytes: content.length,
      gzipBytes: gzipSync(content, { level: 9 }).length,
      brotliBytes: brotli(content).length,
    };
  });
  const gzipBytes = files.reduce((sum, f) => sum + f.gzipBytes, 0);
  return {
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes,
    brotliBytes: files.reduce((sum, f) => sum + f.brotliBytes, 0),
    goalBytes: FIRST_PAGE_JS_GOAL_BYTES,
    withinGoal: gzipBytes <= FIRST_PAGE_JS_GOAL_BYTES,
  };
}

const brotli = (content: Buffer): Buffer =>
  brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  });

export function describeWebSize(report: WebSizeReport | null): string {
  if (!report) return "Web app first-page JS: not built (pnpm build)";
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  return `Web app first-page JS: ${kb(report.gzipBytes)} gzipped, ${kb(report.brotliBytes)} brotli (${kb(report.bytes)} raw, ${report.files.length} file(s)); goal ≤ ${kb(report.goalBytes)}: ${report.withinGoal ? "met" : "MISSED"}`;
}
