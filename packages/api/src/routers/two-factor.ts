import { DISABLEABLE_METHODS, FACTOR_KINDS, type Factor } from "@twofold/core";
import * as z from "zod";
import { unwrap } from "../errors";
import { authedProcedure, createTRPCRouter, stepUpProcedure } from "../trpc";
import { iso, isoOrNull, plainText } from "./shared";

const kind = z.enum(FACTOR_KINDS);

export const factorOutput = z.object({
  id: z.string(),
  kind,
  label: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  /** Security keys: the model when known, and whether it signs in without a password. */
  model: z.string().nullable(),
  passkey: z.boolean(),
  /** Authenticator devices: platform, and when the device last talked to the server. */
  platform: z.string().nullable(),
  lastSeenAt: z.string().nullable(),
  /** SMS: the number, masked ("+41 79 *** ** 67"). */
  phone: z.string().nullable(),
});

export const toFactorOutput = (f: Factor): z.infer<typeof factorOutput> => ({
  id: f.id,
  kind: f.kind,
  label: f.label,
  createdAt: iso(f.createdAt),
  lastUsedAt: isoOrNull(f.lastUsedAt),
  model: f.model,
  passkey: f.passkey,
  platform: f.platform,
  lastSeenAt: isoOrNull(f.lastSeenAt),
  phone: f.phone,
});

export const twoFactorRouter = createTRPCRouter({
  status: authedProcedure
    .output(
      z.object({
        enabled: z.boolean(),
        factors: z.array(factorOutput),
        preferred: kind.nullable(),
        backupCodesRemaining: z.number().int(),
        disabledMethods: z.array(z.enum(DISABLEABLE_METHODS)),
      }),
    )
    .query(async ({ ctx }) => {
      const status = await ctx.deps.twofold.twoFactor.status(ctx.session.accountId);
      return { ...status, factors: status.factors.map(toFactorOutput) };
    }),

  setPreferred: authedProcedure
    .input(z.strictObject({ kind: plainText(32) }))
    .output(z.object({ preferred: kind }))
    .mutation(async ({ ctx, input }) =>
      unwrap(
        await ctx.deps.twofold.twoFactor.setPreferred(ctx.session.accountId, input.kind, ctx.req),
      ),
    ),

  /** Turns a method back on that 100 wrong tries in a row disabled. Needs a recent sign-in. */
  enableMethod: stepUpProcedure
    .input(z.strictObject({ method: z.enum(DISABLEABLE_METHODS) }))
    .output(z.object({ enabled: z.literal(true) }))
    .mutation(({ ctx, input }) =>
      ctx.deps.twofold.twoFactor.enableMethod(ctx.session.accountId, input.method, ctx.req),
    ),

  /** Removes every factor, pending enrollment and backup code. Needs a recent password. */
  disable: stepUpProcedure
    .output(z.object({ enabled: z.literal(false) }))
    .mutation(async ({ ctx }) =>
      unwrap(await ctx.deps.twofold.twoFactor.disable(ctx.session.accountId, ctx.req)),
    ),
});
