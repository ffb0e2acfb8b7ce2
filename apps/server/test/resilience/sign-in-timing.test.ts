// Threat: an attacker learns which email addresses have an account by timing the answer to a wrong password or to a sign-up (account enumeration), then targets them.
import { randomInt } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CONFIG } from "@twofold/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, data, reason } from "../http";
import { mailedCode } from "../person";
import { startBuiltServer, type BuiltServer } from "../built-server";
import { compare, mannWhitneyP, wilcoxonP } from "./timing-stats";

const PASSWORD = "correct horse battery staple";
const WRONG = "a wrong password, typed with care";
/**
 * Wrong passwords per known account: fewer than slow it down (a delay from the 5th) or lock it
 * (10), so its answer stays "wrong password"; locked accounts are measured apart.
 */
const { delayAfter, maxFailures } = DEFAULT_CONFIG.limits;
const PER_ACCOUNT = Math.min(delayAfter, maxFailures) - 1;
const SAMPLES = 180;
const KNOWN_ACCOUNTS = Math.ceil(SAMPLES / PER_ACCOUNT);
const LOCKED_ACCOUNTS = 3;
/** Sign-ups per kind: each address takes at most 4 (5 mails an hour, its first sign-up's included). */
const SIGN_UP_SAMPLES = 120;
const PENDING_ACCOUNTS = 40;

describe("the statistics of this test", () => {
  // A fixed pseudo-random stream: the same numbers on every run.
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const timings = (base: number) =>
    Array.from({ length: SAMPLES }, () => base + random() * 3 + (random() < 0.05 ? 20 : 0));

  it("tell apart a path that skips argon2's milliseconds, and not two draws of the same one", () => {
    expect(compare(timings(10), timings(10)).distinguishable).toBe(false);
    expect(compare(timings(10), timings(13)).distinguishable).toBe(true);
    expect(compare(timings(10), timings(10.5)).distinguishable).toBe(false);
    expect(mannWhitneyP([1, 2, 3, 4, 5, 6], [7, 8, 9, 10, 11, 12])).toBeLessThan(0.01);
    expect(wilcoxonP([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBeLessThan(0.01);
  });

  it("see 3 ms through a load that comes and goes, measured in pairs", () => {
    const load = Array.from({ length: SAMPLES }, (_, i) => 40 + 35 * Math.sin(i / 7));
    const under = (base: number) => load.map((l) => base + l + random() * 3);
    expect(compare(under(13), under(10)).distinguishable).toBe(true);
    expect(compare(under(10), under(10)).distinguishable).toBe(false);
  });
});

describe("sign-in and sign-up timing over HTTP, known and unknown emails", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "twofold-timing-"));
  let server: BuiltServer | undefined;
  let ip = 0;
  /** Every request from its own address: a per-address limit never answers in their place. */
  const signIn = (email: string, password: string) => {
    ip += 1;
    return call(
      server?.url ?? "",
      "auth.signIn",
      { email, password },
      { headers: { "x-forwarded-for": `10.${(ip >> 16) & 255}.${(ip >> 8) & 255}.${ip & 255}` } },
    );
  };
  const tag = Date.now();
  const known = Array.from({ length: KNOWN_ACCOUNTS }, (_, i) => `known-${tag}-${i}@example.ch`);
  const locked = Array.from({ length: LOCKED_ACCOUNTS }, (_, i) => `locked-${tag}-${i}@example.ch`);
  const pending = Array.from(
    { length: PENDING_ACCOUNTS },
    (_, i) => `pending-${tag}-${i}@example.ch`,
  );
  /** A sign-up from its own address. */
  const signUp = (email: string, password: string) => {
    ip += 1;
    return call(
      server?.url ?? "",
      "auth.signUp",
      { email, password },
      { headers: { "x-forwarded-for": `10.${(ip >> 16) & 255}.${(ip >> 8) & 255}.${ip & 255}` } },
    );
  };

  beforeAll(async () => {
    server = await startBuiltServer(dataDir, {
      TWOFOLD_GATEWAY: "off",
      TWOFOLD_TRUST_PROXY: "true",
      // The outbox in the data folder: the known accounts confirm their address from it.
      TWOFOLD_MAIL: "outbox",
      TWOFOLD_WEB_DIR: join(dataDir, "no-web"),
    });
    for (const email of [...known, ...locked, ...pending, `warm-${tag}@example.ch`]) {
      ip += 1;
      data(
        await call(
          server.url,
          "auth.signUp",
          { email, password: PASSWORD },
          { headers: { "x-forwarded-for": `10.255.${(ip >> 8) & 255}.${ip & 255}` } },
        ),
      );
    }
    // The known and locked accounts confirm their address (the pending ones never do).
    const outbox = join(dataDir, "mail-outbox.jsonl");
    await Promise.all(
      [...known, ...locked].map(async (email) => {
        const code = await mailedCode(email, { outbox, timeoutMs: 120_000 });
        data(await call(server?.url ?? "", "auth.verifyEmail", { email, code }));
      }),
    );
    // Locked for good (15 minutes): guesses sent at once each take a number, the one past the
    // limit locks. A burst may end in a short delay instead: then wait it out and go on.
    const lock = async (email: string): Promise<void> => {
      for (let tries = 0; tries < 10; tries += 1) {
        await Promise.all(Array.from({ length: maxFailures + 2 }, () => signIn(email, WRONG)));
        const answer = await signIn(email, WRONG);
        const retryAt = (answer.body as { error?: { data?: { retryAt?: string } } }).error?.data
          ?.retryAt;
        const wait = retryAt ? Date.parse(retryAt) - Date.now() : 0;
        if (reason(answer) === "RATE_LIMITED" && wait > 10 * 60_000) return;
        await new Promise((done) => setTimeout(done, Math.max(0, wait) + 100));
      }
      throw new Error(`${email} could not be locked`);
    };
    await Promise.all(locked.map(lock));
  }, 240_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("takes as long for an unknown email as for a wrong password, locked or not", async () => {
    type Kind = "known" | "unknown" | "locked" | "control";
    const attempt: Record<Kind, (i: number) => { email: string; password: string }> = {
      known: (i) => ({ email: known[i % KNOWN_ACCOUNTS] ?? "", password: WRONG }),
      unknown: (i) => ({ email: `nobody-${tag}-${i}@example.ch`, password: WRONG }),
      locked: (i) => ({ email: locked[i % LOCKED_ACCOUNTS] ?? "", password: WRONG }),
      // Refused before any hash: what an unknown email would cost if it skipped argon2.
      control: (i) => ({ email: `control-${tag}-${i}@example.ch`, password: "x".repeat(5000) }),
    };
    const expected: Record<Kind, number> = { known: 401, unknown: 401, locked: 429, control: 400 };
    // Warm up (JIT, the decoy hash, caches); not measured.
    for (let i = 0; i < 8; i += 1) {
      await signIn(`warm-${tag}@example.ch`, WRONG);
      await signIn(`warm-${i}-${tag}@example.ch`, WRONG);
      await signIn(`warm-${i}-${tag}@example.ch`, "x".repeat(5000));
    }

    // Blocks of one attempt of each kind in random order (a control every other block): the
    // kinds see the same load, and each is compared with the unknown email of its block.
    const blocks: Partial<Record<Kind, number>>[] = [];
    const counts: Record<Kind, number> = { known: 0, unknown: 0, locked: 0, control: 0 };
    const statuses: string[] = [];
    for (let b = 0; b < SAMPLES; b += 1) {
      const kinds: Kind[] = ["known", "unknown", "locked", ...(b % 2 ? [] : ["control" as const])];
      for (let i = kinds.length - 1; i > 0; i -= 1) {
        const j = randomInt(i + 1);
        [kinds[i], kinds[j]] = [kinds[j] ?? "known", kinds[i] ?? "known"];
      }
      const block: Partial<Record<Kind, number>> = {};
      for (const kind of kinds) {
        const { email, password } = attempt[kind](counts[kind]);
        counts[kind] += 1;
        const started = process.hrtime.bigint();
        const reply = await signIn(email, password);
        block[kind] = Number(process.hrtime.bigint() - started) / 1e6;
        if (reply.status !== expected[kind]) statuses.push(`${kind}: ${reply.status}`);
      }
      blocks.push(block);
    }
    // Each kind got the answer it should (else the timings compare different things).
    expect(statuses).toEqual([]);

    const verdict = (kind: Kind) => {
      const both = blocks.filter((b) => b[kind] !== undefined);
      const c = compare(
        both.map((b) => b[kind] ?? 0),
        both.map((b) => b.unknown ?? 0),
      );
      return expect.soft(c.distinguishable, `${kind} vs unknown: ${JSON.stringify(c)}`);
    };
    // The test can see a missing argon2: the control is told apart from an unknown email.
    verdict("control").toBe(true);
    verdict("known").toBe(false);
    verdict("locked").toBe(false);
  }, 300_000);
  it("answers a password reset request alike and as fast for an unknown email as for a known one", async () => {
    const ask = (email: string) => {
      ip += 1;
      return call(
        server?.url ?? "",
        "recovery.requestPasswordReset",
        { email },
        { headers: { "x-forwarded-for": `10.${(ip >> 16) & 255}.${(ip >> 8) & 255}.${ip & 255}` } },
      );
    };
    for (let i = 0; i < 8; i += 1) {
      await ask(known[i % KNOWN_ACCOUNTS] ?? "");
      await ask(`warm-reset-${i}-${tag}@example.ch`);
    }
    const pairs: { known: number; unknown: number }[] = [];
    const bodies = new Set<string>();
    for (let i = 0; i < SAMPLES; i += 1) {
      const order =
        randomInt(2) === 0 ? (["known", "unknown"] as const) : (["unknown", "known"] as const);
      const pair = { known: 0, unknown: 0 };
      for (const kind of order) {
        const email =
          kind === "known"
            ? (known[i % KNOWN_ACCOUNTS] ?? "")
            : `nobody-reset-${tag}-${i}@example.ch`;
        const started = process.hrtime.bigint();
        const reply = await ask(email);
        pair[kind] = Number(process.hrtime.bigint() - started) / 1e6;
        bodies.add(`${reply.status} ${JSON.stringify(reply.body)}`);
        // What comes after the answer (the lookup, a link and its mail) ends before the next
        // request is timed: the answer's own time is measured, not the last one's work.
        await sleep(30);
      }
      pairs.push(pair);
    }
    // One answer for every address, known or not.
    expect([...bodies]).toEqual(['200 {"result":{"data":{}}}']);
    const c = compare(
      pairs.map((p) => p.known),
      pairs.map((p) => p.unknown),
    );
    expect(c.distinguishable, `known vs unknown: ${JSON.stringify(c)}`).toBe(false);
  });

  it("answers a sign-up alike and in alike time for a free, a taken and an unconfirmed address", async () => {
    type Kind = "taken" | "free" | "pending" | "control";
    // One password for every address: the strength check's time depends on the password (about
    // 1 ms between these two), which the attacker chooses; only the address may not show.
    const attempt: Record<Kind, (i: number) => { email: string; password: string }> = {
      taken: (i) => ({ email: known[i % KNOWN_ACCOUNTS] ?? "", password: PASSWORD }),
      free: (i) => ({ email: `new-${tag}-${i}@example.ch`, password: PASSWORD }),
      pending: (i) => ({ email: pending[i % PENDING_ACCOUNTS] ?? "", password: PASSWORD }),
      // Refused before any hash (a password too short): what a path without argon2 costs.
      control: (i) => ({ email: `short-${tag}-${i}@example.ch`, password: "short" }),
    };
    const expected: Record<Kind, number> = { taken: 200, free: 200, pending: 200, control: 400 };
    const bodies = new Set<string>();
    for (let i = 0; i < 8; i += 1) await signUp(`warm-up-${tag}-${i}@example.ch`, PASSWORD);
    const blocks: Partial<Record<Kind, number>>[] = [];
    const counts: Record<Kind, number> = { taken: 0, free: 0, pending: 0, control: 0 };
    const statuses: string[] = [];
    for (let b = 0; b < SIGN_UP_SAMPLES; b += 1) {
      const kinds: Kind[] = ["taken", "free", "pending", ...(b % 2 ? [] : ["control" as const])];
      for (let i = kinds.length - 1; i > 0; i -= 1) {
        const j = randomInt(i + 1);
        [kinds[i], kinds[j]] = [kinds[j] ?? "free", kinds[i] ?? "free"];
      }
      const block: Partial<Record<Kind, number>> = {};
      for (const kind of kinds) {
        const { email, password } = attempt[kind](counts[kind]);
        counts[kind] += 1;
        const started = process.hrtime.bigint();
        const reply = await signUp(email, password);
        block[kind] = Number(process.hrtime.bigint() - started) / 1e6;
        if (reply.status !== expected[kind]) statuses.push(`${kind}: ${reply.status}`);
        if (kind !== "control") bodies.add(JSON.stringify(reply.body));
      }
      blocks.push(block);
    }
    expect(statuses).toEqual([]);
    // One answer, word for word, whatever the address.
    expect(bodies.size).toBe(1);
    const verdict = (kind: Kind) => {
      const both = blocks.filter((b) => b[kind] !== undefined);
      const c = compare(
        both.map((b) => b[kind] ?? 0),
        both.map((b) => b.free ?? 0),
      );
      return expect.soft(c.distinguishable, `${kind} vs free: ${JSON.stringify(c)}`);
    };
    verdict("control").toBe(true);
    verdict("taken").toBe(false);
    verdict("pending").toBe(false);
  }, 300_000);
});
