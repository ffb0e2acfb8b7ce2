import { SMS_COUNTRIES } from "@twofold/core";
import * as z from "zod";
import { unwrap } from "../errors";
import { authedProcedure, stepUpProcedure } from "../trpc";
import { codeInput, iso, plainText } from "./shared";

const sent = z.object({ sentTo: z.string(), expiresAt: z.string() });

/**
 * The recovery address and mobile, mounted under `recovery` (root.ts): a procedures object, so
 * that other parts of recovery add theirs beside these. Every change needs step-up; the
 * contacts are only ever shown masked.
 */
export const contactsProcedures = {
  /** The recovery contacts, masked, and what waits for its code. */
  contacts: authedProcedure
    .output(
      z.object({
        address: z.string().nullable(),
        pendingAddress: z.string().nullable(),
        phone: z.string().nullable(),
        pendingPhone: z.string().nullable(),
      }),
    )
    .query(({ ctx }) => ctx.deps.twofold.recoveryContacts.view(ctx.session.accountId)),

  /**
   * An outside address (not the sign-in address): a 6-digit code is mailed to it. The address
   * in force, if any, stays until the code confirms the new one.
   */
  setAddress: stepUpProcedure
    .input(z.strictObject({ email: plainText(254) }))
    .output(sent)
    .mutation(async ({ ctx, input }) => {
      const r = unwrap(
        await ctx.deps.twofold.recoveryContacts.setAddress(ctx.session.accountId, input, ctx.req),
      );
      return { ...r, expiresAt: iso(r.expiresAt) };
    }),

  /** The code from the mail makes the waiting address the recovery address. */
  confirmAddress: stepUpProcedure
    .input(z.strictObject({ code: codeInput }))
    .output(z.object({ address: z.string() }))
    .mutation(async ({ ctx, input }) =>
      unwrap(
        await ctx.deps.twofold.recoveryContacts.confirmAddress(
          ctx.session.accountId,
          input,
          ctx.req,
        ),
      ),
    ),

  removeAddress: stepUpProcedure
    .output(z.object({ removed: z.literal(true) }))
    .mutation(async ({ ctx }) =>
      unwrap(await ctx.deps.twofold.recoveryContacts.removeAddress(ctx.session.accountId, ctx.req)),
    ),

  /** A mobile of CH, FR, BE or DE (the SMS rules): a code is sent to it by SMS. */
  setPhone: stepUpProcedure
    .input(z.strictObject({ phone: plainText(64), country: z.enum(SMS_COUNTRIES).optional() }))
    .output(sent)
    .mutation(async ({ ctx, input }) => {
      const r = unwrap(
        await ctx.deps.twofold.recoveryContacts.setPhone(ctx.session.accountId, input, ctx.req),
      );
      return { ...r, expiresAt: iso(r.expiresAt) };
    }),

  /** The SMS code makes the waiting number the recovery mobile. */
  confirmPhone: stepUpProcedure
    .input(z.strictObject({ code: codeInput }))
    .output(z.object({ phone: z.string() }))
    .mutation(async ({ ctx, input }) =>
      unwrap(
        await ctx.deps.twofold.recoveryContacts.confirmPhone(ctx.session.accountId, input, ctx.req),
      ),
    ),

  removePhone: stepUpProcedure
    .output(z.object({ removed: z.literal(true) }))
    .mutation(async ({ ctx }) =>
      unwrap(await ctx.deps.twofold.recoveryContacts.removePhone(ctx.session.accountId, ctx.req)),
    ),
};
