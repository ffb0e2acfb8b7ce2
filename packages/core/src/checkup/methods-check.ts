import { schema } from "@twofold/db";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import type { RequestMeta } from "../ports";
import { recordEvent } from "../security-log/security-log";
import { listFactors, type Factor } from "../two-factor/factors";
import { CHECKUP_RULES } from "./findings";

/** "Yes, they work" or "not now": either way the question is never asked again. */
export const METHODS_CHECK_ANSWERS = ["confirmed", "dismissed"] as const;
export type MethodsCheckAnswer = (typeof METHODS_CHECK_ANSWERS)[number];

/**
 * When two-step was last turned on: the security log's latest `two_factor_enabled` event (no
 * column of its own), else the first method's creation; null when two-step is off.
 */
export async function twoStepSince(
  deps: Deps,
  accountId: string,
  factors: readonly Factor[],
): Promise<Date | null> {
  if (factors.length === 0) return null;
  const e = schema.securityEvents;
  const [latest] = await deps.db
    .select({ at: e.createdAt })
    .from(e)
    .where(and(eq(e.accountId, accountId), eq(e.type, "two_factor_enabled")))
    .orderBy(desc(e.id))
    .limit(1);
  return latest?.at ?? factors.map((f) => f.createdAt).sort((a, b) => +a - +b)[0] ?? null;
}

/** Whether the 30-day question is due now: two-step on for 30 days, never answered. */
export async function methodsCheckDue(
  deps: Deps,
  options: { accountId: string; since: Date | null },
): Promise<boolean> {
  if (!options.since) return false;
  const due = options.since.getTime() + CHECKUP_RULES.methodsCheckAfterMs;
  if (deps.clock.now().getTime() < due) return false;
  const [account] = await deps.db
    .select({ answeredAt: schema.accounts.methodsCheckAnsweredAt })
    .from(schema.accounts)
    .where(eq(schema.accounts.id, options.accountId));
  return account !== undefined && account.answeredAt === null;
}

/**
 * The person's answer to "Do your methods still work?". The first answer is kept (one
 * conditional UPDATE: two answers at once record one); a confirmation is a security event.
 * A later answer changes nothing and says what was answered first.
 */
export async function answerMethodsCheck(
  deps: Deps,
  options: { accountId: string; answer: MethodsCheckAnswer; meta: RequestMeta },
): Promise<Result<{ answer: MethodsCheckAnswer }, "TWO_FACTOR_NOT_ENABLED">> {
  const { accountId, answer, meta } = options;
  if ((await listFactors(deps, accountId)).length === 0) return fail("TWO_FACTOR_NOT_ENABLED");
  const a = schema.accounts;
  return deps.db.transaction(async (tx) => {
    const [answered] = await tx
      .update(a)
      .set({ methodsCheckAnsweredAt: deps.clock.now(), methodsCheckAnswer: answer })
      .where(and(eq(a.id, accountId), isNull(a.methodsCheckAnsweredAt)))
      .returning({ id: a.id });
    if (!answered) {
      const [first] = await tx
        .select({ answer: a.methodsCheckAnswer })
        .from(a)
        .where(eq(a.id, accountId));
      return ok({ answer: first?.answer === "confirmed" ? "confirmed" : "dismissed" });
    }
    if (answer === "confirmed")
      await recordEvent(deps, { tx, accountId, type: "methods_confirmed", meta });
    return ok({ answer });
  });
}
