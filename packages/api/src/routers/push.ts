import * as z from "zod";
import { reasonError, unwrap } from "../errors";
import { authedProcedure, createTRPCRouter, stepUpProcedure } from "../trpc";
import { idInput, iso, labelInput } from "./shared";
import { factorProcedures } from "./factor-procedures";

const devices = factorProcedures("push");

/** Authenticator devices, from the settings page: add one (a code for the device), rename, remove. */
export const pushRouter = createTRPCRouter({
  beginDeviceEnrollment: stepUpProcedure
    .input(z.strictObject({ label: labelInput }))
    .output(
      z.object({
        enrollmentId: z.string(),
        enrollmentCode: z.string(),
        qrSvg: z.string(),
        expiresAt: z.string(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const account = await ctx.deps.twofold.accounts.get(ctx.session.accountId);
      if (!account) throw reasonError("UNAUTHENTICATED");
      const e = await ctx.deps.twofold.push.beginDeviceEnrollment(account, input.label);
      return { ...e, expiresAt: iso(e.expiresAt) };
    }),

  /** Polled by the page while the device enrolls; the backup codes come back once. */
  enrollmentStatus: authedProcedure
    .input(z.strictObject({ enrollmentId: idInput }))
    .output(
      z.object({
        status: z.enum(["pending", "expired", "done"]),
        deviceId: z.string().optional(),
        backupCodes: z.array(z.string()).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const s = unwrap(
        await ctx.deps.twofold.push.enrollmentStatus(ctx.session.accountId, input.enrollmentId),
      );
      if (s.status === "done") return s;
      return { status: s.status };
    }),

  renameDevice: devices.rename,
  removeDevice: devices.remove,
});
