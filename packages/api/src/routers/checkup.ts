import { FACTOR_KINDS, METHODS_CHECK_ANSWERS } from "@twofold/core";
import * as z from "zod";
import { unwrap } from "../errors";
import { authedProcedure, createTRPCRouter } from "../trpc";
import { iso, isoOrNull } from "./shared";

const factorKind = z.enum(FACTOR_KINDS);
const seenFrom = {
  browser: z.string().nullable(),
  os: z.string().nullable(),
  ip: z.string(),
  place: z.string(),
};

/** One recommendation: a kind and its facts; front ends word it and give it its button. */
const finding = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("two_step_off") }),
  z.object({ kind: z.literal("only_one_method") }),
  z.object({ kind: z.literal("only_sms") }),
  z.object({ kind: z.literal("few_backup_codes"), remaining: z.number() }),
  z.object({ kind: z.literal("no_recovery_address") }),
  z.object({
    kind: z.literal("unused_method"),
    factorId: z.string(),
    factorKind,
    label: z.string(),
    since: z.string(),
    used: z.boolean(),
  }),
  z.object({
    kind: z.literal("unusual_session"),
    sessionId: z.string(),
    lastSeenAt: z.string(),
    ...seenFrom,
  }),
  z.object({
    kind: z.literal("unusual_trusted_browser"),
    trustedBrowserId: z.string(),
    lastUsedAt: z.string(),
    ...seenFrom,
  }),
]);

const answered = z.object({ answer: z.enum(METHODS_CHECK_ANSWERS) });

/**
 * The security check-up ("Security and recovery" -> "Security check-up"): what protects the
 * account, what to do, and the 30-day "Do your methods still work?" question, asked once.
 */
export const checkupRouter = createTRPCRouter({
  status: authedProcedure
    .output(
      z.object({
        protections: z.object({
          twoStepOn: z.boolean(),
          twoStepSince: z.string().nullable(),
          methods: z.array(z.object({ kind: factorKind, count: z.number() })),
          backupCodesRemaining: z.number(),
          recoveryAddress: z.boolean(),
          recoveryPhone: z.boolean(),
        }),
        findings: z.array(finding),
        askMethodsCheck: z.boolean(),
      }),
    )
    .query(async ({ ctx }) => {
      const c = await ctx.deps.twofold.checkup.status(ctx.session.accountId);
      return {
        ...c,
        protections: { ...c.protections, twoStepSince: isoOrNull(c.protections.twoStepSince) },
        findings: c.findings.map((f) => {
          switch (f.kind) {
            case "unused_method":
              return { ...f, since: iso(f.since) };
            case "unusual_session":
              return { ...f, lastSeenAt: iso(f.lastSeenAt) };
            case "unusual_trusted_browser":
              return { ...f, lastUsedAt: iso(f.lastUsedAt) };
            default:
              return f;
          }
        }),
      };
    }),

  /**
   * "Yes, they work": recorded once, with a security event; the question is not asked again.
   * Answers what was answered first when the question was already answered.
   */
  confirmMethods: authedProcedure.output(answered).mutation(async ({ ctx }) =>
    unwrap(
      await ctx.deps.twofold.checkup.answerMethodsCheck({
        accountId: ctx.session.accountId,
        answer: "confirmed",
        meta: ctx.req,
      }),
    ),
  ),

  /** "Not now": the question is not asked again, and nothing is logged. */
  dismissMethodsCheck: authedProcedure.output(answered).mutation(async ({ ctx }) =>
    unwrap(
      await ctx.deps.twofold.checkup.answerMethodsCheck({
        accountId: ctx.session.accountId,
        answer: "dismissed",
        meta: ctx.req,
      }),
    ),
  ),
});
