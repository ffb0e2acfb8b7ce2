import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

/** `$XDG_CONFIG_HOME/twofold`, else `~/.config/twofold`. */
export function configDir(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CONFIG_HOME?.trim() || join(homedir(), ".config");
  return join(base, "twofold");
}

export interface TokenStore {
  get: () => string | null;
  set: (token: string | null) => void;
  /** Where the session is kept, to tell the person. */
  file: string;
}

type Saved = Record<string, string>;

function readSaved(file: string): Saved {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
    if (typeof parsed !== "object" || parsed === null) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === "string"),
    );
  } catch {
    return {};
  }
}

/**
 * The session token of each server, in `sessions.json` (folder 0700, file 0600), so that the
 * next start is signed in. The token is a bearer secret: it is written atomically, readable by
 * its owner only, and removed on sign-out.
 */
export function createTokenStore(dir: string, server: string): TokenStore {
  const file = join(dir, "sessions.json");
  let current = readSaved(file)[server] ?? null;
  return {
    file,
    get: () => current,
    set: (token) => {
      current = token;
      const saved = readSaved(file);
      if (token) saved[server] = token;
      else delete saved[server];
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      chmodSync(dir, 0o700);
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, `${JSON.stringify(saved, null, 2)}\n`, { mode: 0o600 });
      chmodSync(temporary, 0o600);
      renameSync(temporary, file);
    },
  };
}
