import * as z from "zod";
import { STEP_UP_METHODS } from "@twofold/core";
import { unwrap } from "../errors";
import { authedProcedure } from "../trpc";
import { codeInput, idInput, iso, pushResultInput, pushResultOutput } from "./shared";
import { authenticationResponse, requestOptions } from "./webauthn-shapes";

const steppedUp = z.object({ until: z.string() });
const untilOf = (r: { until: Date }) => ({ until: iso(r.until) });

/**
 * The `account.*` procedures of step-up (GitHub's "sudo"): a strong method again opens security
 * changes for the next 5 minutes. The password, an OTP app's code, a security key or passkey,
 * or the authenticator device with number matching; never SMS or a backup code. Each factor
 * keeps its one failure count and lock, and a code or approval is used once, whatever the door.
 */
export const stepUpProcedures = {
  /** The strong methods this person has, in the order to offer them (preferred first). */
  stepUpMethods: authedProcedure
    .output(z.object({ methods: z.array(z.enum(STEP_UP_METHODS)) }))
    .query(async ({ ctx }) => ({
      methods: await ctx.deps.twofold.stepUp.methods(ctx.session.accountId),
    })),

  /**
   * Step-up with `{password}` or `{factor: "totp", code}` (the code of an OTP app, once per
   * code and counted with the sign-in's tries). Anything else is INVALID_INPUT.
   */
  reauthenticate: authedProcedure
    .input(
      z.union([
        z.strictObject({ password: z.string().max(1024) }),
        z.strictObject({ factor: z.literal("totp"), code: codeInput }),
      ]),
    )
    .output(steppedUp)
    .mutation(async ({ ctx, input }) => {
      const { stepUp } = ctx.deps.twofold;
      if ("password" in input)
        return untilOf(unwrap(await stepUp.password(ctx.session, input.password, ctx.req)));
      return untilOf(unwrap(await stepUp.totp(ctx.session, input.code, ctx.req)));
    }),

  /** Options to confirm with one of the account's security keys or passkeys. */
  beginStepUpWebAuthn: authedProcedure
    .output(requestOptions)
    .mutation(async ({ ctx }) => unwrap(await ctx.deps.twofold.stepUp.beginWebAuthn(ctx.session))),

  finishStepUpWebAuthn: authedProcedure
    .input(z.strictObject({ response: authenticationResponse }))
    .output(steppedUp)
    .mutation(async ({ ctx, input }) =>
      untilOf(
        unwrap(await ctx.deps.twofold.stepUp.finishWebAuthn(ctx.session, input.response, ctx.req)),
      ),
    ),

  /** "Confirm on your device": the number to pick there; the devices get the request. */
  startStepUpPush: authedProcedure
    .output(z.object({ requestId: z.string(), number: z.number().int(), expiresAt: z.string() }))
    .mutation(async ({ ctx }) => {
      const started = unwrap(await ctx.deps.twofold.stepUp.startPush(ctx.session, ctx.req));
      return {
        requestId: started.requestId,
        number: started.number,
        expiresAt: iso(started.expiresAt),
      };
    }),

  /** Has the device answered? As auth.pushResult (a long poll with `waitSeconds`, up to 25). */
  stepUpPushResult: authedProcedure
    .input(pushResultInput)
    .output(pushResultOutput)
    .query(async ({ ctx, input, signal }) =>
      unwrap(
        await ctx.deps.twofold.stepUp.pushResult(ctx.session, {
          requestId: input.requestId,
          waitMs: (input.waitSeconds ?? 0) * 1000,
          ...(signal && { signal }),
        }),
      ),
    ),

  /** The dialog closed or another method was chosen: the request ends on the devices. */
  cancelStepUpPush: authedProcedure
    .input(z.strictObject({ requestId: idInput }))
    .output(z.object({ cancelled: z.boolean() }))
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.deps.twofold.stepUp.cancelPush(ctx.session, input.requestId)),
    ),

  /** Once approved: the session is stepped up, exactly once per approval. */
  finishStepUpPush: authedProcedure
    .input(z.strictObject({ requestId: idInput }))
    .output(steppedUp)
    .mutation(async ({ ctx, input }) =>
      untilOf(
        unwrap(await ctx.deps.twofold.stepUp.finishPush(ctx.session, input.requestId, ctx.req)),
      ),
    ),
};
