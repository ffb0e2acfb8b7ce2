import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import { inlineHashes, type InlineHashes } from "./inline-hashes";
import { createStaticHandler, webDirExists } from "./static";

/** Where the phone authenticator lives: its pages, its manifest and its service worker's scope. */
export const AUTHENTICATOR_PATH = "/authenticator/";

/** Shown at /authenticator/ until the phone authenticator is built. */
const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Twofold authenticator</title>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5">
<h1>The phone authenticator is not built</h1>
<p>This Twofold server runs, but its phone authenticator app is not built in this installation
(<code>pnpm build</code>, or <code>pnpm start</code>, builds it). The terminal approver works meanwhile.</p></body></html>`;

/**
 * The Content-Security-Policy of the authenticator's pages: the app's own scripts, styles and
 * service worker; its API calls and the gateway's WebSocket (a ws:/wss: origin, elsewhere when
 * the gateway runs on its own port); images and the camera preview from blob: and data: (the
 * QR scanner draws frames); nothing framed, no base or form elsewhere.
 */
export function authenticatorCSP(
  gatewayUrl: string | null,
  inline: InlineHashes = { scripts: [], styles: [] },
): string {
  const gateway = gatewayUrl ? ` ${new URL(gatewayUrl).origin}` : "";
  const sources = (hashes: string[]): string => ["'self'", ...hashes].join(" ");
  return [
    "default-src 'self'",
    `script-src ${sources(inline.scripts)}`,
    `style-src ${sources(inline.styles)}`,
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    `connect-src 'self'${gateway}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join("; ");
}

/**
 * Serves the built authenticator (`dir`, e.g. apps/authenticator/dist) under /authenticator/,
 * with its own CSP and index.html for unknown paths under it; /authenticator redirects there.
 * Not built: a page that says so. Returns false for paths outside it.
 */
export function createAuthenticatorHandler(
  dir: string,
  gatewayUrl: () => string | null,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  const serve = webDirExists(dir) ? createStaticHandler(dir, AUTHENTICATOR_PATH) : null;
  return (req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    if (path === "/authenticator") {
      res.writeHead(308, { location: AUTHENTICATOR_PATH });
      res.end();
      return true;
    }
    if (!path.startsWith(AUTHENTICATOR_PATH)) return false;
    res.setHeader(
      "content-security-policy",
      authenticatorCSP(gatewayUrl(), inlineHashes(join(dir, "index.html"))),
    );
    if (serve?.(req, res)) return true;
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    res.writeHead(404, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    res.end(req.method === "HEAD" ? undefined : NOT_BUILT);
    return true;
  };
}
