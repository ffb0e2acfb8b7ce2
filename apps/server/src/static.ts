import { createReadStream, existsSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { compressedBody } from "./static-compress";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".webp": "image/webp",
  ".map": "application/json",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Serves a built single-page app: files by path (never outside `root`), and index.html for any
 * other GET so that client-side routes load. With a `prefix` ("/authenticator/"), only paths
 * under it, mapped onto `root`. Returns false when it did not answer.
 */
export function createStaticHandler(
  root: string,
  prefix = "/",
): (req: IncomingMessage, res: ServerResponse) => boolean {
  const base = resolve(root);
  const index = join(base, "index.html");
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    const full = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (!full.startsWith(prefix)) return false;
    const candidate = normalize(join(base, full.slice(prefix.length - 1)));
    const inside = candidate === base || candidate.startsWith(base + sep);
    const found = inside && existsSync(candidate) && statSync(candidate).isFile();
    // A missing file (an old build's chunk asked for by a page opened before an update) is
    // "not found", never the app's page in its place: the page then says it could not load.
    if (!found && extname(full) !== "" && existsSync(index)) {
      res.writeHead(404, {
        "content-type": "text/plain; charset=utf-8",
        "cache-control": "no-cache",
      });
      res.end("Not found");
      return true;
    }
    const file = found ? candidate : index;
    if (!existsSync(file)) return false;
    const hashed = file !== index && /[.-][A-Za-z0-9_-]{8,}\.\w+$/.test(file);
    const body = compressedBody(req, file);
    res.writeHead(200, {
      ...(body
        ? { "content-encoding": body.encoding, "content-length": body.length }
        : { "content-length": statSync(file).size }),
      vary: "accept-encoding",
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      // Unhashed files (index.html, sw.js, the manifest) are checked on every load, so that a
      // new build (a new service worker) reaches browsers at once.
      "cache-control": hashed ? "public, max-age=31536000, immutable" : "no-cache",
      "x-content-type-options": "nosniff",
    });
    if (req.method === "HEAD") res.end();
    else if (!body) createReadStream(file).pipe(res);
    else if ("bytes" in body) res.end(body.bytes);
    else createReadStream(body.file).pipe(res);
    return true;
  };
}

export function webDirExists(dir: string): boolean {
  return existsSync(join(dir, "index.html"));
}
