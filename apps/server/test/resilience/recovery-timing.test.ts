// Threat: an attacker learns which email addresses have an account by timing the answers of "I can't use any of my methods" (asking for a recovery link, starting a recovery), then targets them.
import { randomInt } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CONFIG } from "@twofold/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, data, type Reply } from "../http";
import { startBuiltServer, type BuiltServer } from "../built-server";
import { compare } from "./timing-stats";

const PASSWORD = "correct horse battery staple";
const WRONG = "a wrong password, typed with care";
/** Tries per known account: fewer than slow it down (a delay from the 5th wrong password). */
const PER_ACCOUNT = DEFAULT_CONFIG.limits.delayAfter - 1;
const SAMPLES = 120;
const KNOWN_ACCOUNTS = Math.ceil(SAMPLES / PER_ACCOUNT);
const PROOF = { kind: "app_password", appPassword: "abcd-efgh-ijkl-mnop-qrst-uvwx-yzab" };

describe("recovery timing over HTTP, known and unknown emails", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "twofold-recovery-timing-"));
  let server: BuiltServer | undefined;
  let ip = 0;
  /** Every request from its own address: a per-address limit never answers in their place. */
  const send = (path: string, input: unknown): Promise<Reply> => {
    ip += 1;
    return call(server?.url ?? "", path, input, {
      headers: { "x-forwarded-for": `10.${(ip >> 16) & 255}.${(ip >> 8) & 255}.${ip & 255}` },
    });
  };
  const tag = Date.now();
  const known = Array.from({ length: KNOWN_ACCOUNTS }, (_, i) => `known-${tag}-${i}@example.ch`);

  beforeAll(async () => {
    server = await startBuiltServer(dataDir, {
      TWOFOLD_GATEWAY: "off",
      TWOFOLD_TRUST_PROXY: "true",
      TWOFOLD_MAIL: "off",
      TWOFOLD_WEB_DIR: join(dataDir, "no-web"),
    });
    for (const email of [...known, `warm-${tag}@example.ch`])
      data(await send("auth.signUp", { email, password: PASSWORD }));
  }, 240_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Blocks of one try of each kind, in random order; each kind compared with the unknown one. */
  async function measure(
    attempt: Record<"known" | "unknown" | "control", (i: number) => [string, unknown]>,
    expected: Record<"known" | "unknown" | "control", number>,
  ) {
    type Kind = keyof typeof attempt;
    for (let i = 0; i < 8; i += 1)
      for (const kind of ["known", "unknown", "control"] as const)
        await send(...attempt[kind](10_000 + i));
    const blocks: Partial<Record<Kind, number>>[] = [];
    const statuses: string[] = [];
    for (let b = 0; b < SAMPLES; b += 1) {
      const kinds: Kind[] = ["known", "unknown", ...(b % 2 ? [] : ["control" as const])];
      if (randomInt(2) === 1) kinds.reverse();
      const block: Partial<Record<Kind, number>> = {};
      for (const kind of kinds) {
        const started = process.hrtime.bigint();
        const reply = await send(...attempt[kind](b));
        block[kind] = Number(process.hrtime.bigint() - started) / 1e6;
        if (reply.status !== expected[kind]) statuses.push(`${kind}: ${reply.status}`);
      }
      blocks.push(block);
    }
    expect(statuses).toEqual([]);
    return (kind: Kind) => {
      const both = blocks.filter((b) => b[kind] !== undefined);
      return compare(
        both.map((b) => b[kind] ?? 0),
        both.map((b) => b.unknown ?? 0),
      );
    };
  }

  it("starts a recovery (wrong password) in the same time for an unknown email", async () => {
    const verdict = await measure(
      {
        known: (i) => [
          "recovery.start",
          { email: known[i % KNOWN_ACCOUNTS] ?? "", password: WRONG, proof: PROOF },
        ],
        unknown: (i) => [
          "recovery.start",
          { email: `nobody-${tag}-${i}@example.ch`, password: WRONG, proof: PROOF },
        ],
        // Refused before any hash: what an unknown email would cost if it skipped argon2.
        control: (i) => [
          "recovery.start",
          { email: `control-${tag}-${i}@example.ch`, password: "x".repeat(5000), proof: PROOF },
        ],
      },
      { known: 401, unknown: 401, control: 400 },
    );
    const control = verdict("control");
    const knownVsUnknown = verdict("known");
    expect.soft(control.distinguishable, JSON.stringify(control)).toBe(true);
    expect.soft(knownVsUnknown.distinguishable, JSON.stringify(knownVsUnknown)).toBe(false);
  }, 300_000);

  it("answers 'send me a recovery link' alike, in alike time, whatever the address", async () => {
    const verdict = await measure(
      {
        known: (i) => ["recovery.requestLink", { email: known[i % KNOWN_ACCOUNTS] ?? "" }],
        unknown: (i) => ["recovery.requestLink", { email: `nobody-link-${tag}-${i}@example.ch` }],
        control: (i) => ["recovery.requestLink", { email: `x${i}`.repeat(300) }],
      },
      { known: 200, unknown: 200, control: 400 },
    );
    const knownVsUnknown = verdict("known");
    expect.soft(knownVsUnknown.distinguishable, JSON.stringify(knownVsUnknown)).toBe(false);
  }, 300_000);
});
