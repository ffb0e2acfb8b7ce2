import { existsSync, readFileSync, statSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import { extname } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** Text files worth compressing (images and fonts are compressed already). */
const COMPRESSIBLE = new Set([
  ".html",
  ".js",
  ".css",
  ".svg",
  ".json",
  ".webmanifest",
  ".map",
  ".txt",
]);

export type ContentEncoding = "br" | "gzip";

/** What each encoding's precompressed file beside the original is called (`app.js.br`). */
const SUFFIX: Record<ContentEncoding, string> = { br: ".br", gzip: ".gz" };

/**
 * The encoding to send: brotli when the browser accepts it (smaller by about a fifth), else
 * gzip, else none. An encoding listed with `q=0` is refused, as RFC 9110 says.
 */
export function chooseEncoding(acceptEncoding: string | undefined): ContentEncoding | null {
  const accepted = new Set<string>();
  for (const part of (acceptEncoding ?? "").split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip") || accepted.has("*")) return "gzip";
  return null;
}

/** A compressed body to send: a file the build wrote (streamed), or bytes compressed here. */
export type CompressedBody =
  | { encoding: ContentEncoding; file: string; length: number }
  | { encoding: ContentEncoding; bytes: Buffer; length: number };

const cache = new Map<string, { mtimeMs: number; bytes: Buffer }>();

/**
 * The file compressed for this request, or null to send it as it is. The build writes `.br`
 * and `.gz` files beside each text asset (apps/web/precompress.ts), so a request costs
 * no compression; a file without them (or with older ones than itself) is compressed once here
 * and kept while it is unchanged.
 */
export function compressedBody(req: IncomingMessage, file: string): CompressedBody | null {
  if (!COMPRESSIBLE.has(extname(file))) return null;
  const encoding = chooseEncoding(req.headers["accept-encoding"]);
  if (!encoding) return null;
  const { mtimeMs } = statSync(file);
  const prepared = `${file}${SUFFIX[encoding]}`;
  if (existsSync(prepared)) {
    const stat = statSync(prepared);
    if (stat.isFile() && stat.mtimeMs >= mtimeMs) {
      return { encoding, file: prepared, length: stat.size };
    }
  }
  const key = `${encoding}:${file}`;
  const kept = cache.get(key);
  if (kept && kept.mtimeMs === mtimeMs)
    return { encoding, bytes: kept.bytes, length: kept.bytes.length };
  const bytes = compress(readFileSync(file), encoding);
  cache.set(key, { mtimeMs, bytes });
  return { encoding, bytes, length: bytes.length };
}

function compress(source: Buffer, encoding: ContentEncoding): Buffer {
  if (encoding === "gzip") return gzipSync(source, { level: 9 });
  // Quality 9 rather than 11: near the same size in a fraction of the time, since this runs on
  // a request's path (the build's own files use 11).
  return brotliCompressSync(source, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 9,
      [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
    },
  });
}
