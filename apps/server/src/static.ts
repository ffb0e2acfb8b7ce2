import { createReadStream, existsSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Serves the built single-page app: files by path (never outside `root`), and index.html for
 * any other GET so that client-side routes load. Returns false when it did not answer.
 */
export function createStaticHandler(
  root: string,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  const base = resolve(root);
  const index = join(base, "index.html");
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const candidate = normalize(join(base, path));
    const inside = candidate === base || candidate.startsWith(base + sep);
    const file =
      inside && existsSync(candidate) && statSync(candidate).isFile() ? candidate : index;
    if (!existsSync(file)) return false;
    const hashed = file !== index && /[.-][A-Za-z0-9_-]{8,}\.\w+$/.test(file);
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": hashed ? "public, max-age=31536000, immutable" : "no-cache",
      "x-content-type-options": "nosniff",
    });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
    return true;
  };
}

export function webDirExists(dir: string): boolean {
  return existsSync(join(dir, "index.html"));
}
