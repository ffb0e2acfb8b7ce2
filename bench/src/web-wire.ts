// The web app's first page load as the wire carries it: the built server serves the built app,
// and index.html, its scripts and its styles are fetched with the Accept-Encoding a browser sends.
// `pnpm --filter @twofold/bench bench:web` runs it alone (with the first-page JS sizes).
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startBuiltServer } from "./server";
import { describeWebSize, measureFirstPageJS } from "./web-size";

const WEB_DIST = fileURLToPath(new URL("../../apps/web/dist/", import.meta.url));

/** What Chromium 14x sends on every request. */
export const BROWSER_ACCEPT_ENCODING = "gzip, deflate, br, zstd";

export interface WireFile {
  path: string;
  /** content-encoding the server chose ("identity" when none). */
  encoding: string;
  /** Bytes the socket carried from the server: status line, headers and body. */
  wireBytes: number;
  bodyBytes: number;
}

export interface WebWireReport {
  acceptEncoding: string;
  files: WireFile[];
  /** HTML + JS + CSS of the first page, headers included, as a browser downloads them. */
  wireBytes: number;
  /** The same without compression (a client that accepts none), for comparison. */
  identityWireBytes: number;
}

/** One GET on its own connection; the bytes the socket read once the server closed it. */
function fetchCounted(url: string, acceptEncoding: string | null): Promise<WireFile> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { connection: "close" };
    if (acceptEncoding) headers["accept-encoding"] = acceptEncoding;
    const req = request(url, { headers, agent: false }, (res) => {
      let bodyBytes = 0;
      res.on("data", (chunk: Buffer) => (bodyBytes += chunk.length));
      res.on("end", () => {
        const finish = (): void =>
          resolve({
            path: new URL(url).pathname,
            encoding: String(res.headers["content-encoding"] ?? "identity"),
            wireBytes: res.socket.bytesRead,
            bodyBytes,
          });
        if (res.socket.destroyed) finish();
        else res.socket.once("close", finish);
      });
    });
    req.on("error", reject);
    req.end();
  });
}

/** The scripts, preloads and stylesheets index.html names. */
function firstPageAssets(html: string): string[] {
  const sources = [
    ...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="(?:modulepreload|stylesheet)"[^>]*href="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*href="([^"]+)"[^>]*rel="(?:modulepreload|stylesheet)"/g),
  ].flatMap((m) => (m[1] ? [m[1]] : []));
  return [...new Set(sources)];
}

async function loadFirstPage(base: string, acceptEncoding: string | null): Promise<WireFile[]> {
  const page = await fetchCounted(`${base}/`, acceptEncoding);
  const html = await (await fetch(`${base}/`)).text();
  const assets = await Promise.all(
    firstPageAssets(html).map((src) => fetchCounted(new URL(src, `${base}/`).href, acceptEncoding)),
  );
  return [page, ...assets];
}

const total = (files: WireFile[]): number => files.reduce((sum, f) => sum + f.wireBytes, 0);

/** Starts the built server on the built web app and loads its first page. Null: not built. */
export async function measureWebWire(dist = WEB_DIST): Promise<WebWireReport | null> {
  if (!measureFirstPageJS(dist)) return null;
  const dataDir = mkdtempSync(join(tmpdir(), "twofold-bench-web-"));
  const server = await startBuiltServer({
    env: { TWOFOLD_DATA_DIR: dataDir, TWOFOLD_WEB_DIR: dist, TWOFOLD_GATEWAY: "off" },
  });
  try {
    const files = await loadFirstPage(server.url, BROWSER_ACCEPT_ENCODING);
    const identity = await loadFirstPage(server.url, null);
    return {
      acceptEncoding: BROWSER_ACCEPT_ENCODING,
      files,
      wireBytes: total(files),
      identityWireBytes: total(identity),
    };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function describeWebWire(report: WebWireReport | null): string {
  if (!report) return "Web app first page over the wire: not built (pnpm build)";
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  const files = report.files.map((f) => `${f.path} ${kb(f.wireBytes)} (${f.encoding})`).join(", ");
  return `Web app first page over the wire (HTML + JS + CSS, headers included, Accept-Encoding: ${report.acceptEncoding}): ${kb(report.wireBytes)} (uncompressed: ${kb(report.identityWireBytes)}): ${files}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const wire = await measureWebWire();
  process.stdout.write(`${describeWebSize(measureFirstPageJS())}\n${describeWebWire(wire)}\n`);
}
