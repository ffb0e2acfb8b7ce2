import * as z from "zod";
import { unwrap } from "../errors";
import { publicProcedure, sessionProcedure } from "../trpc";
import { deliverToken } from "./shared";
import { authenticationResponse, requestOptions } from "./webauthn-shapes";

const authenticated = z.object({
  status: z.literal("authenticated"),
  token: z.string().optional(),
});

/** The `auth.*` procedures of security keys: as the second factor, and passkey sign-in. */
export const webauthnAuthProcedures = {
  /** For a session waiting for its second factor: options to sign with one of its keys. */
  beginWebAuthn: sessionProcedure
    .output(requestOptions)
    .mutation(async ({ ctx }) => ctx.deps.twofold.secondFactor.beginWebAuthn(ctx.session)),

  finishWebAuthn: sessionProcedure
    .input(z.strictObject({ response: authenticationResponse }))
    .output(authenticated)
    .mutation(async ({ ctx, input }) => {
      const done = unwrap(
        await ctx.deps.twofold.secondFactor.verifyWebAuthn(ctx.session, input.response, ctx.req),
      );
      return { status: "authenticated" as const, ...deliverToken(ctx, done) };
    }),

  /** "Sign in with a passkey": no email, no password. */
  beginPasskeySignIn: publicProcedure
    .output(requestOptions)
    .mutation(async ({ ctx }) => ctx.deps.twofold.passkeys.begin()),

  finishPasskeySignIn: publicProcedure
    .input(
      z.strictObject({
        response: authenticationResponse,
        remember: z.boolean().optional(),
        tokenInBody: z.boolean().optional(),
      }),
    )
    .output(authenticated)
    .mutation(async ({ ctx, input }) => {
      const issued = unwrap(
        await ctx.deps.twofold.passkeys.finish(
          input.response,
          { remember: input.remember ?? false },
          ctx.req,
        ),
      );
      return { status: "authenticated" as const, ...deliverToken(ctx, issued, input.tokenInBody) };
    }),
};
