// Threat: a stolen password alone (a session still waiting for its second factor) reaches the account over HTTP.
import { appRouter } from "@twofold/api";
import { OPEN_TO_PENDING_PROCEDURES, PUBLIC_PROCEDURES, SAMPLE_INPUT } from "@twofold/api/testing";
import { databaseKinds } from "@twofold/testing";
import { beforeAll, describe, expect, it } from "vitest";
import type { ZodType } from "zod";
import { call, data, reason, type CallOptions } from "../http";
import {
  PASSWORD,
  codeNow,
  personWithTOTP,
  stateDump,
  useAttackTarget,
  type Person,
} from "./fixtures";

interface ProcedureDef {
  _def: { type: "query" | "mutation" | "subscription"; inputs: ZodType[] };
}
const PROCEDURES = appRouter._def.procedures as unknown as Record<string, ProcedureDef>;
/** Every procedure of the router, today's and tomorrow's, that is neither public nor open to pending. */
const GUARDED = Object.keys(PROCEDURES)
  .filter((p) => !OPEN_TO_PENDING_PROCEDURES.has(p) && !PUBLIC_PROCEDURES.has(p))
  .sort();

function procedure(path: string): ProcedureDef {
  const def = PROCEDURES[path];
  if (!def) throw new Error(`no procedure ${path}`);
  return def;
}

/** GET for a query, POST for a mutation, as a real client sends them. */
function callAs(url: string, path: string, input: unknown, session: CallOptions) {
  const method = procedure(path)._def.type === "query" ? "GET" : "POST";
  return call(url, path, input, { ...session, method });
}

describe("the guarded list", () => {
  it("is made from the router, so a new procedure is guarded unless listed as open", () => {
    expect(GUARDED.length).toBeGreaterThan(30);
    expect(GUARDED).toEqual(
      expect.arrayContaining([
        "twoFactor.status",
        "twoFactor.disable",
        "totp.beginEnrollment",
        "backupCodes.regenerate",
        "appPasswords.create",
        "account.changePassword",
        "auth.trustBrowser",
      ]),
    );
  });

  it("has a sample input that each procedure would accept, so only the session decides", () => {
    const refused = Object.entries(SAMPLE_INPUT).filter(
      ([path, input]) => procedure(path)._def.inputs[0]?.safeParse(input).success !== true,
    );
    expect(refused.map(([path]) => path)).toEqual([]);
  });
});

describe.each(databaseKinds())("a half-signed-in session over HTTP on %s", (kind) => {
  const target = useAttackTarget(kind);

  describe.each(["bearer", "cookie"] as const)("held as a %s", (via) => {
    let person: Person;
    let session: CallOptions;

    beforeAll(async () => {
      person = await personWithTOTP(target);
      const signIn = await call(target.url, "auth.signIn", {
        email: person.email,
        password: PASSWORD,
        tokenInBody: via === "bearer",
      });
      const pending = data<{ status: string; token?: string }>(signIn);
      expect(pending.status).toBe("second_factor_required");
      session =
        via === "bearer"
          ? { token: pending.token ?? "" }
          : { cookie: signIn.setCookie[0]?.split(";")[0] ?? "" };
    });

    it("is pending after the password alone", async () => {
      const me = data<{ session: { state: string } }>(
        await call(target.url, "auth.me", undefined, { ...session, method: "GET" }),
      );
      expect(me.session.state).toBe("pending_second_factor");
    });

    it.each(GUARDED)(
      "%s answers 403 SECOND_FACTOR_REQUIRED, to a good and a bad input alike, and changes nothing",
      async (path) => {
        const before = await stateDump(target.database);
        const plausible = await callAs(target.url, path, SAMPLE_INPUT[path], session);
        expect(plausible.status).toBe(403);
        expect(reason(plausible)).toBe("SECOND_FACTOR_REQUIRED");
        // The session is checked before the input: a probe learns nothing about the schema.
        const garbage = await callAs(target.url, path, { notAField: [1, { $ne: null }] }, session);
        expect(garbage.status).toBe(403);
        expect(reason(garbage)).toBe("SECOND_FACTOR_REQUIRED");
        expect(plausible.setCookie).toEqual([]);
        expect(await stateDump(target.database)).toBe(before);
      },
    );

    it("left the account as it was: the owner finishes the sign-in and finds one factor, ten codes", async () => {
      const done = await call(
        target.url,
        "auth.verifyTOTP",
        { code: codeNow(target, person) },
        session,
      );
      expect(data<{ status: string }>(done).status).toBe("authenticated");
      const status = data<{ factors: { label: string }[]; backupCodesRemaining: number }>(
        await call(target.url, "twoFactor.status", undefined, {
          token: person.token,
          method: "GET",
        }),
      );
      expect(status.factors.map((f) => f.label)).toEqual(["Phone"]);
      expect(status.backupCodesRemaining).toBe(10);
      const apps = data<unknown[]>(
        await call(target.url, "appPasswords.list", undefined, {
          token: person.token,
          method: "GET",
        }),
      );
      expect(apps).toEqual([]);
      target.clock.advanceSeconds(30);
    });
  });
});
