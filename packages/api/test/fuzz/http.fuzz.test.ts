// Threat: a malformed HTTP request (any body, type, method or batch) gets a 500 or changes state while refused.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { TEST_META, useSmsProvider } from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import fc from "fast-check";
import { afterAll, beforeAll, describe, it } from "vitest";
import { sessionCookieName } from "../../src/cookies";
import { createTRPCRequestHandler } from "../../src/http";
import { changedTables, fingerprint } from "./fingerprint";
import { seedOf } from "./fuzz";
import { requestArbitrary, type FuzzRequest } from "./http-requests";
import { listProcedures } from "./procedures";
import { forbiddenChanges } from "./refusals";
import { createWorld, type World } from "./world";

/** About 50 requests per procedure, on top of the 1,000 inputs each gets through createCaller. */
const RUNS = 3000;

interface Item {
  error?: { data?: { reason?: unknown; httpStatus?: unknown } };
}

describe.each(databaseKinds())("fuzzed HTTP requests to /trpc on %s", (kind) => {
  const sms = useSmsProvider();
  let world: World;
  let server: Server;
  let base = "";
  const internalErrors: unknown[] = [];

  beforeAll(async () => {
    world = await createWorld(kind, "bearer", sms);
    const handler = createTRPCRequestHandler({
      deps: { twofold: world.engine.twofold },
      secureCookies: false,
      clientIp: () => TEST_META.ip,
      onInternalError: (error) => internalErrors.push(error),
    });
    server = createServer((req, res) => void handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/trpc/`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await world.close();
  });

  function headersOf(request: FuzzRequest): Record<string, string> {
    const headers: Record<string, string> = {};
    if (request.contentType) headers["content-type"] = request.contentType;
    const token = {
      client: world.client.token,
      pending: world.pending.token,
      nobody: null,
      garbage: "A".repeat(43),
    }[request.as];
    if (token && request.via === "bearer") headers.authorization = `Bearer ${token}`;
    if (token && request.via === "cookie") headers.cookie = `${sessionCookieName(false)}=${token}`;
    return headers;
  }

  /** What is wrong with an answer, or the reasons of its refusals (none: something went through). */
  function judge(status: number, text: string): { problem: string } | { reasons: string[] } {
    // Node itself refuses a URL longer than its header limit (16 kB), before the API runs.
    if (status === 431 && text === "") return { reasons: ["HEADERS_TOO_LARGE"] };
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { problem: `${status} with a body that is not JSON: ${text.slice(0, 200)}` };
    }
    if (status >= 500) return { problem: `answered ${status}: ${text.slice(0, 500)}` };
    const items = (Array.isArray(parsed) ? parsed : [parsed]) as (Item | null)[];
    const reasons: string[] = [];
    for (const item of items) {
      if (!item?.error) continue;
      const reason = item.error.data?.reason;
      if (typeof reason !== "string" || reason === "INTERNAL_ERROR")
        return { problem: `an error without a reason: ${text.slice(0, 500)}` };
      reasons.push(reason);
    }
    return { reasons: reasons.length === items.length ? reasons : [] };
  }

  it("never answers with a 500, every error has a reason, a refused request changes no row", async () => {
    const { db } = world.engine.database;
    let baseline = await fingerprint(db);
    const property = fc.asyncProperty(
      requestArbitrary(listProcedures(), () => world.known),
      async (request) => {
        const reported = internalErrors.length;
        const response = await fetch(base + request.target, {
          method: request.method,
          headers: headersOf(request),
          ...(request.method === "POST" && request.body !== null && { body: request.body }),
        });
        const verdict = judge(response.status, await response.text());
        const after = await fingerprint(db);
        const changed = changedTables(baseline, after);
        baseline = after;
        if (internalErrors.length > reported)
          throw new Error(`a 500 was logged: ${String(internalErrors.at(-1))}`);
        if ("problem" in verdict) throw new Error(verdict.problem);
        if (verdict.reasons.length === 0) {
          // Something went through: a new baseline, and the clients back if it undid them.
          if (changed.length > 0 && (await world.restore())) baseline = await fingerprint(db);
          return;
        }
        // A table may change only if one of the batch's refusals allows it (a counted guess).
        const forbidden = changed.filter((table) =>
          verdict.reasons.every((reason) => forbiddenChanges(reason, [table]).length > 0),
        );
        if (forbidden.length > 0)
          throw new Error(
            `refused (${verdict.reasons.join(", ")}), yet rows changed in ${forbidden.join(", ")}`,
          );
      },
    );
    await fc.assert(property, { numRuns: RUNS, seed: seedOf("http") });
  }, 600_000);
});
