import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { MEMORY_URL } from "@twofold/db";
import webpush from "web-push";
import * as z from "zod";
import type { Env } from "./env";
import type { Logger } from "./logger";
import { vapidSubjectProblem } from "./vapid-subject";

/** The embedded installation's VAPID key pair, beside master.key in the data folder. */
export const VAPID_KEYS_FILE = "vapid-keys.json";

/**
 * What pushes carry when no contact is known (plain http on localhost, no
 * TWOFOLD_VAPID_SUBJECT): `.invalid` is reserved (RFC 2606), so no push service mistakes it for
 * a real contact. Real push services may refuse it; there is no phone on such a setup anyway
 * (a phone needs HTTPS), and the start log says what to set.
 */
export const PLACEHOLDER_SUBJECT = "mailto:webpush@twofold.invalid";

export interface VapidDetails {
  subject: string;
  publicKey: string;
  privateKey: string;
}

const keysFile = z.object({ publicKey: z.string().min(1), privateKey: z.string().min(1) });

/**
 * The contact pushes carry: TWOFOLD_VAPID_SUBJECT; else TWOFOLD_PUBLIC_URL's origin when it is
 * https on a real host (what production sets anyway); else null (the placeholder is used).
 */
export function vapidSubject(env: Env): string | null {
  if (env.TWOFOLD_VAPID_SUBJECT) return env.TWOFOLD_VAPID_SUBJECT;
  if (!env.TWOFOLD_PUBLIC_URL) return null;
  const origin = new URL(env.TWOFOLD_PUBLIC_URL).origin;
  return vapidSubjectProblem(origin) === null ? origin : null;
}

/**
 * The embedded installation's key pair: read from `<dataDir>/vapid-keys.json`, or made there
 * (mode 0600, never overwritten) on first start, as the master key is. Devices subscribe with
 * the public key, so a new pair would silence every subscribed phone: it is kept.
 */
export function loadOrCreateVapidKeys(dataDir: string): {
  keys: { publicKey: string; privateKey: string };
  created: boolean;
} {
  const file = join(dataDir, VAPID_KEYS_FILE);
  const read = () => keysFile.parse(JSON.parse(readFileSync(file, "utf8")));
  try {
    return { keys: read(), created: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const keys = webpush.generateVAPIDKeys();
  try {
    // "wx" fails if another process created it meanwhile: then use theirs.
    writeFileSync(file, `${JSON.stringify(keys)}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return { keys: read(), created: false };
    throw error;
  }
  return { keys, created: true };
}

/**
 * Web Push's keys and contact, or null when Web Push is off:
 * - TWOFOLD_VAPID_PUBLIC_KEY and _PRIVATE_KEY when set (both or neither: env.ts checks);
 * - embedded (PGlite in the data folder): a key pair made on first start and kept there;
 * - in memory (tests): a pair for this process;
 * - PostgreSQL without keys: off, with a warning. Several servers must sign with one pair (a
 *   subscription is bound to the key it was made with), so a pair per server would break phones
 *   at random; and refusing to start would take sign-ins down for a channel that is optional
 *   (devices still get requests over the gateway and by asking).
 */
export function vapidFor(env: Env, log: Logger, injectedDatabase: boolean): VapidDetails | null {
  const keys = (() => {
    const { TWOFOLD_VAPID_PUBLIC_KEY: publicKey, TWOFOLD_VAPID_PRIVATE_KEY: privateKey } = env;
    if (publicKey && privateKey) return { publicKey, privateKey };
    if (env.DATABASE_URL?.startsWith("postgres")) {
      log.warn(
        "Web Push is off: set TWOFOLD_VAPID_PUBLIC_KEY and TWOFOLD_VAPID_PRIVATE_KEY (the same on every server; `npx web-push generate-vapid-keys` makes a pair) for phone notifications",
      );
      return null;
    }
    if (env.DATABASE_URL === MEMORY_URL || injectedDatabase) return webpush.generateVAPIDKeys();
    const { keys: pair, created } = loadOrCreateVapidKeys(resolve(env.TWOFOLD_DATA_DIR));
    if (created)
      log.warn(
        { dataDir: env.TWOFOLD_DATA_DIR },
        "created Web Push (VAPID) keys in the data folder",
      );
    return pair;
  })();
  if (!keys) return null;
  const subject = vapidSubject(env);
  if (!subject && !injectedDatabase && env.DATABASE_URL !== MEMORY_URL) {
    log.warn(
      "Web Push has no contact address: set TWOFOLD_VAPID_SUBJECT (mailto: or https:) or an https TWOFOLD_PUBLIC_URL before phones use real push services",
    );
  }
  return { ...keys, subject: subject ?? PLACEHOLDER_SUBJECT };
}
