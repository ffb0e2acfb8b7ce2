import { PASSWORD_MAX, type RecoveryProof, type RecoveryStatus } from "@twofold/core";
import * as z from "zod";
import type { Context } from "../context";
import { unwrap } from "../errors";
import { authedProcedure, publicProcedure } from "../trpc";
import { codeInput, deliverToken, idInput, iso, plainText } from "./shared";

const email = plainText(254);
const password = z.string().max(PASSWORD_MAX * 4);
const b64 = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9_-]*$/, "base64url");

/** The proof as a client names it; a browser's proof is its cookies, read by the server. */
const proofInput = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("email_link"), token: plainText(128) }),
  z.strictObject({ kind: z.literal("sms_code"), code: codeInput }),
  z.strictObject({ kind: z.literal("browser") }),
  z.strictObject({ kind: z.literal("app_password"), appPassword: plainText(64) }),
]);

const claimInput = {
  /** The sign-in address; may be left out with a recovery link (it names its account). */
  email: email.optional(),
  password,
  proof: proofInput.optional(),
};

const statusOutput = z.discriminatedUnion("pending", [
  z.object({ pending: z.literal(false) }),
  z.object({ pending: z.literal(true), startedAt: z.string(), endsAt: z.string() }),
]);

const statusView = (status: RecoveryStatus): z.infer<typeof statusOutput> =>
  status.pending
    ? { pending: true, startedAt: iso(status.startedAt), endsAt: iso(status.endsAt) }
    : { pending: false };

/** What the client's proof is worth on the server: a browser proof is this request's cookies. */
function proofOf(
  ctx: Context,
  proof: z.infer<typeof proofInput> | undefined,
): RecoveryProof | undefined {
  if (proof?.kind !== "browser") return proof;
  return {
    kind: "browser",
    trustedBrowser: ctx.req.trustedBrowser ?? undefined,
    recentBrowser: ctx.req.recentBrowser ?? undefined,
  };
}

const HOUR_MS = 3_600_000;

const signedByDevice = z.strictObject({
  deviceId: idInput,
  at: z.string().max(40),
  signature: b64,
});

/**
 * "I can't use any of my methods": an account recovery that waits. Mounted under `recovery`
 * (root.ts), beside what other recovery slices add.
 */
export const accountRecoveryProcedures = {
  /**
   * How long a recovery waits on this server (`TWOFOLD_RECOVERY_WAIT_HOURS`), for the recovery
   * page's text before anyone asks. Exact: a front end rounds it for display.
   */
  waitPeriod: publicProcedure
    .output(z.object({ hours: z.number() }))
    .query(({ ctx }) => ({ hours: ctx.deps.twofold.deps.config.recovery.waitMs / HOUR_MS })),

  /** "Send me a recovery link": the same answer whatever the address. */
  requestLink: publicProcedure
    .input(z.strictObject({ email }))
    .output(z.object({}))
    .mutation(async ({ ctx, input }) => {
      const asked = await ctx.deps.twofold.recovery.requestLink({
        email: input.email,
        meta: ctx.req,
      });
      // Not awaited, and never rejects (core reports a failure to the operator's log).
      void unwrap(asked).sent;
      return {};
    }),

  /** A code by SMS to the recovery phone, once the password is right (`sentTo`: masked). */
  sendPhoneCode: publicProcedure
    .input(z.strictObject({ email, password }))
    .output(z.object({ sentTo: z.string().nullable() }))
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.deps.twofold.recovery.sendPhoneCode({ ...input, meta: ctx.req })),
    ),

  /** Starts the recovery: the password and one proof; it then waits (`endsAt`). */
  start: publicProcedure
    .input(z.strictObject(claimInput))
    .output(z.object({ startedAt: z.string(), endsAt: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const started = unwrap(
        await ctx.deps.twofold.recovery.start({
          email: input.email,
          password: input.password,
          proof: proofOf(ctx, input.proof),
          meta: ctx.req,
        }),
      );
      return { startedAt: iso(started.startedAt), endsAt: iso(started.endsAt) };
    }),

  /**
   * After the wait: the password and a proof again, and a new password. Two-step is off, every
   * other session and application password ended; the person is signed in.
   */
  complete: publicProcedure
    .input(
      z.strictObject({
        ...claimInput,
        newPassword: password,
        remember: z.boolean().optional(),
        tokenInBody: z.boolean().optional(),
      }),
    )
    .output(
      z.object({
        status: z.literal("authenticated"),
        token: z.string().optional(),
        twoFactorEnabled: z.literal(false),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const issued = unwrap(
        await ctx.deps.twofold.recovery.complete({
          email: input.email,
          password: input.password,
          proof: proofOf(ctx, input.proof),
          newPassword: input.newPassword,
          remember: input.remember,
          meta: ctx.req,
        }),
      );
      return {
        status: "authenticated" as const,
        ...deliverToken(ctx, issued, input.tokenInBody),
        twoFactorEnabled: false as const,
      };
    }),

  /** The signed-in account's pending recovery (shown on every settings page). */
  status: authedProcedure
    .output(statusOutput)
    .query(async ({ ctx }) =>
      statusView(await ctx.deps.twofold.recovery.status(ctx.session.accountId)),
    ),

  /** Ends the pending recovery for good, in one step (no step-up). */
  cancel: authedProcedure
    .output(z.object({ cancelled: z.literal(true) }))
    .mutation(async ({ ctx }) =>
      unwrap(
        await ctx.deps.twofold.recovery.cancel({
          accountId: ctx.session.accountId,
          meta: ctx.req,
          from: "session",
        }),
      ),
    ),

  /** An authenticator device reads its account's pending recovery (signed by the device). */
  deviceStatus: publicProcedure
    .input(signedByDevice)
    .output(statusOutput)
    .mutation(async ({ ctx, input }) =>
      statusView(unwrap(await ctx.deps.twofold.recovery.deviceStatus(input))),
    ),

  /** "Cancel this recovery" on an authenticator device (signed by the device). */
  deviceCancel: publicProcedure
    .input(signedByDevice)
    .output(z.object({ cancelled: z.literal(true) }))
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.deps.twofold.recovery.deviceCancel(input, ctx.req)),
    ),
};
