import { readFileSync, statSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import { extname } from "node:path";
import { gzipSync } from "node:zlib";

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

const cache = new Map<string, { mtimeMs: number; bytes: Buffer }>();

/**
 * The file gzipped, when the browser accepts gzip and the file is text: compressed once per
 * build (kept while the file is unchanged), so a phone on a slow network downloads about a
 * third of the app's bytes. Null: send the file as it is.
 */
export function gzippedFile(req: IncomingMessage, file: string): Buffer | null {
  if (!COMPRESSIBLE.has(extname(file))) return null;
  const accepted = String(req.headers["accept-encoding"] ?? "");
  if (!/\bgzip\b/.test(accepted)) return null;
  const { mtimeMs } = statSync(file);
  const kept = cache.get(file);
  if (kept && kept.mtimeMs === mtimeMs) return kept.bytes;
  const bytes = gzipSync(readFileSync(file), { level: 9 });
  cache.set(file, { mtimeMs, bytes });
  return bytes;
}
