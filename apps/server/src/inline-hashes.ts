import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";

/** The CSP sources that allow a page's own inline blocks, and nothing else inline. */
export interface InlineHashes {
  scripts: string[];
  styles: string[];
}

const NONE: InlineHashes = { scripts: [], styles: [] };
const cache = new Map<string, { mtimeMs: number; hashes: InlineHashes }>();

const hashOf = (text: string): string =>
  `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** Every inline <tag>…</tag> body without a src (a script that loads a file has no body). */
const bodies = (html: string, tag: "script" | "style"): string[] =>
  [...html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, "g"))]
    .filter((m) => !/\ssrc=/.test(m[1] ?? ""))
    .map((m) => m[2] ?? "");

/**
 * The SHA-256 sources of the inline scripts and styles of a built page (the phone
 * authenticator's index.html carries its whole app inline), read once per build of the file.
 * A browser runs an inline block only when its exact text hashes to one of these, so the CSP
 * allows what was built and nothing injected. None when the file does not exist.
 */
export function inlineHashes(file: string): InlineHashes {
  if (!existsSync(file)) return NONE;
  const { mtimeMs } = statSync(file);
  const kept = cache.get(file);
  if (kept && kept.mtimeMs === mtimeMs) return kept.hashes;
  const html = readFileSync(file, "utf8");
  const hashes = {
    scripts: bodies(html, "script").filter(Boolean).map(hashOf),
    styles: bodies(html, "style").filter(Boolean).map(hashOf),
  };
  cache.set(file, { mtimeMs, hashes });
  return hashes;
}
