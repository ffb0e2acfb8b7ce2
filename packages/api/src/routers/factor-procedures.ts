import type { FactorKind } from "@twofold/core";
import * as z from "zod";
import { unwrap } from "../errors";
import { stepUpProcedure } from "../trpc";
import { idInput, labelInput } from "./shared";
import { factorOutput, toFactorOutput } from "./two-factor";

/**
 * Rename and remove, the same for every kind of factor (each router names them its way). Both
 * are security changes: a recent full authentication is required. A removed factor stops
 * working at once (its secret or public key goes with it).
 */
export function factorProcedures(kind: FactorKind) {
  return {
    rename: stepUpProcedure
      .input(z.strictObject({ id: idInput, label: labelInput }))
      .output(factorOutput)
      .mutation(async ({ ctx, input }) =>
        toFactorOutput(
          unwrap(
            await ctx.deps.twofold.twoFactor.renameFactor(
              ctx.session.accountId,
              { kind, factorId: input.id, label: input.label },
              ctx.req,
            ),
          ),
        ),
      ),

    remove: stepUpProcedure
      .input(z.strictObject({ id: idInput }))
      .output(z.object({ twoFactorEnabled: z.boolean() }))
      .mutation(async ({ ctx, input }) =>
        unwrap(
          await ctx.deps.twofold.twoFactor.removeFactor(
            ctx.session.accountId,
            { kind, factorId: input.id },
            ctx.req,
          ),
        ),
      ),
  };
}
