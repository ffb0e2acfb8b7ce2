import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export const AUTHENTICATOR_DIST = fileURLToPath(
  new URL("../../apps/authenticator/dist/", import.meta.url),
);

/** The goal of issue 21: the phone authenticator's JavaScript at most 60 KB gzipped. */
export const AUTHENTICATOR_JS_GOAL_BYTES = 60 * 1024;

interface SizedFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface AuthenticatorSizeReport {
  /** Every script of the app but the lazy QR decoder: what it may ever run on its screens. */
  app: SizedFile[];
  gzipBytes: number;
  bytes: number;
  /** The jsQR chunk, loaded only when the person opens the camera scanner. */
  lazyQR: SizedFile[];
  /** What a first visit loads, gzipped as the server sends it: index.html, scripts and styles inside. */
  firstVisitGzipBytes: number;
  /** The service worker (fetched in the background once the app runs). */
  serviceWorker: SizedFile | null;
  goalBytes: number;
  withinGoal: boolean;
}

const gzipped = (file: string, content: Buffer): SizedFile => ({
  file,
  bytes: content.length,
  gzipBytes: gzipSync(content, { level: 9 }).length,
});
const sized = (dist: string, file: string): SizedFile =>
  gzipped(file, readFileSync(join(dist, file)));
const sum = (files: SizedFile[], key: "bytes" | "gzipBytes"): number =>
  files.reduce((total, f) => total + f[key], 0);

/** The bodies of index.html's inline scripts (the built entry lives there, one request). */
const inlineScripts = (html: string): SizedFile[] =>
  [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\ssrc=/.test(m[1] ?? "") && (m[2] ?? "").length > 0)
    .map((m, i) => gzipped(`index.html <script> #${i + 1}`, Buffer.from(m[2] ?? "")));

/**
 * Measures the built authenticator's JavaScript, gzipped (level 9, as the server sends it): the
 * entry inline in index.html and every chunk beside it but the lazy jsQR one (named after its
 * module by Vite), which is reported on its own, as is sw.js. Null when the app is not built.
 */
export function measureAuthenticatorJS(dist = AUTHENTICATOR_DIST): AuthenticatorSizeReport | null {
  if (!existsSync(join(dist, "index.html"))) return null;
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const chunks = readdirSync(dist)
    .filter((f) => f.endsWith(".js") && f !== "sw.js")
    .sort()
    .map((f) => sized(dist, f));
  const isQR = (f: SizedFile): boolean => /jsqr/i.test(f.file);
  const app = [...inlineScripts(html), ...chunks.filter((f) => !isQR(f))];
  const gzipBytes = sum(app, "gzipBytes");
  return {
    // index.html holds the entry script and the styles: the first visit's one request.
    firstVisitGzipBytes: sized(dist, "index.html").gzipBytes,
    app,
    gzipBytes,
    bytes: sum(app, "bytes"),
    lazyQR: chunks.filter(isQR),
    serviceWorker: existsSync(join(dist, "sw.js")) ? sized(dist, "sw.js") : null,
    goalBytes: AUTHENTICATOR_JS_GOAL_BYTES,
    withinGoal: gzipBytes <= AUTHENTICATOR_JS_GOAL_BYTES,
  };
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

export function describeAuthenticatorJS(report: AuthenticatorSizeReport | null): string {
  if (!report) return "Phone authenticator JS: not built (pnpm build)";
  const qr = report.lazyQR.length
    ? `${kb(sum(report.lazyQR, "gzipBytes"))} gzipped, loaded only for the camera scanner`
    : "none found";
  const sw = report.serviceWorker ? kb(report.serviceWorker.gzipBytes) : "none";
  return (
    `Phone authenticator JS: ${kb(report.gzipBytes)} gzipped (${kb(report.bytes)} raw, ${report.app.length} file(s)); ` +
    `goal ≤ ${kb(report.goalBytes)}: ${report.withinGoal ? "met" : "MISSED"}. ` +
    `Lazy jsQR chunk: ${qr}; service worker: ${sw} gzipped`
  );
}
