import { accessSync, constants, existsSync, statSync } from "node:fs";
import { delimiter, join } from "node:path";

/**
 * The programs some tests run, and the Debian package of each: what `pnpm test` installs
 * first (scripts/test-prerequisites.sh).
 */
export const DEBIAN_PACKAGES = {
  chromium: "chromium",
  tmux: "tmux",
  dovecot: "dovecot-imapd",
  "redis-server": "redis-server",
  php: "php-cli",
} as const;

/** Where Debian's roundcube-core puts Roundcube (PHP files, served with `php -S`). */
export const ROUNDCUBE_DIR = "/usr/share/roundcube";

export type SystemProgram = keyof typeof DEBIAN_PACKAGES;

/** Where Debian puts daemons such as dovecot: often missing from a non-root user's PATH. */
const SYSTEM_DIRS = ["/usr/sbin", "/sbin"];

/** A missing program: one line saying what to install, no stack trace to read past. */
export class MissingProgramError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MissingProgramError";
    this.stack = message;
  }
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The absolute path of `program`, looked up in `path` (PATH and Debian's sbin folders by
 * default); throws a MissingProgramError naming the `apt-get install` that brings it.
 */
export function requireProgram(
  program: SystemProgram,
  path: string = [process.env.PATH ?? "", ...SYSTEM_DIRS].join(delimiter),
): string {
  for (const dir of path.split(delimiter)) {
    const file = join(dir, program);
    if (dir && isExecutable(file)) return file;
  }
  throw new MissingProgramError(
    `${program} is not installed: apt-get install -y ${DEBIAN_PACKAGES[program]} (pnpm test installs it)`,
  );
}

/**
 * Roundcube's folder (`ROUNDCUBE_DIR` by default), with its SQLite schema; throws a
 * MissingProgramError naming the `apt-get install` that brings it.
 */
export function requireRoundcube(dir: string = ROUNDCUBE_DIR): string {
  if (existsSync(join(dir, "index.php")) && existsSync(join(dir, "SQL", "sqlite.initial.sql"))) {
    return dir;
  }
  throw new MissingProgramError(
    "roundcube is not installed: apt-get install -y roundcube-core roundcube-sqlite3 (pnpm test installs it)",
  );
}
