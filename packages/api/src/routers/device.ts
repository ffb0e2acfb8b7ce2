import * as z from "zod";
import { unwrap } from "../errors";
import { createTRPCRouter, publicProcedure } from "../trpc";
import { idInput, plainText } from "./shared";

const b64 = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[A-Za-z0-9_-]*$/, "base64url");
const jwk = z
  .record(z.string().max(16), z.string().max(128))
  .refine((k) => Object.keys(k).length <= 8);
const requestView = z.object({
  requestId: z.string(),
  account: z.string(),
  ip: z.string(),
  userAgent: z.string(),
  /** "Zurich, CH", or null: signed with the rest (push request payload v2). */
  place: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  signature: z.string(),
});

/**
 * What an authenticator device calls. No session: the enrollment code, then the device's
 * signature, authenticate it.
 */
export const deviceRouter = createTRPCRouter({
  enroll: publicProcedure
    .input(
      z.strictObject({
        enrollmentCode: plainText(64),
        publicKey: jwk,
        algorithm: z.enum(["ES256", "Ed25519"]).default("ES256"),
        name: plainText(64).trim().min(1),
        platform: plainText(64),
      }),
    )
    .output(
      z.object({
        deviceId: z.string(),
        accountEmail: z.string(),
        /** Base32 seed of the device's offline codes: shown to nobody, kept by the device. */
        offlineSecret: z.string(),
        serverPublicKey: z.record(z.string(), z.unknown()),
        /** Where to connect for pushes, and the ticket to show there (null: no gateway; poll). */
        gatewayUrl: z.string().nullable(),
        gatewayTicket: z.string(),
        /** What the device subscribes to Web Push with (null: Web Push is off). */
        vapidPublicKey: z.string().nullable(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const enrolled = unwrap(await ctx.deps.twofold.push.enrollDevice(input, ctx.req));
      return {
        ...enrolled,
        serverPublicKey: { ...enrolled.serverPublicKey },
        gatewayUrl: ctx.deps.pushGatewayUrl ?? null,
        gatewayTicket: ctx.deps.twofold.push.gatewayTicket(enrolled.deviceId),
        vapidPublicKey: ctx.deps.vapidPublicKey ?? null,
      };
    }),

  /** YES (with the number typed), NO, or NO and report: signed by the device. */
  answer: publicProcedure
    .input(
      z.strictObject({
        requestId: idInput,
        deviceId: idInput,
        decision: z.enum(["approve", "deny", "report"]),
        number: z.number().int().min(0).max(99).nullable().default(null),
        signature: b64(200),
      }),
    )
    .output(z.object({ status: z.enum(["approved", "denied", "reported"]) }))
    .mutation(async ({ ctx, input }) => unwrap(await ctx.deps.twofold.push.answer(input, ctx.req))),

  /** Registers the device's Web Push subscription (signed): pushes then reach it asleep too. */
  subscribe: publicProcedure
    .input(
      z.strictObject({
        deviceId: idInput,
        at: z.string().max(40),
        signature: b64(200),
        subscription: z.strictObject({
          // A push service speaks HTTPS (the web-push library sends nothing else).
          endpoint: z.url().max(1024).startsWith("https://"),
          keys: z.strictObject({ p256dh: b64(200), auth: b64(64) }),
        }),
      }),
    )
    .output(z.object({ subscribed: z.literal(true) }))
    .mutation(async ({ ctx, input }) => unwrap(await ctx.deps.twofold.push.subscribe(input))),

  /** The requests waiting for this device (after a reconnect, or without a push channel). */
  pending: publicProcedure
    .input(z.strictObject({ deviceId: idInput, at: z.string().max(40), signature: b64(200) }))
    .output(
      z.object({
        requests: z.array(requestView),
        /** A fresh ticket for the gateway (they run out after 30 days). */
        gatewayTicket: z.string(),
        gatewayUrl: z.string().nullable(),
      }),
    )
    .mutation(async ({ ctx, input }) => ({
      requests: unwrap(await ctx.deps.twofold.push.pending(input)),
      gatewayTicket: ctx.deps.twofold.push.gatewayTicket(input.deviceId),
      gatewayUrl: ctx.deps.pushGatewayUrl ?? null,
    })),

  /** Where a request stands for this device: its screen leaves once the request is over. */
  status: publicProcedure
    .input(
      z.strictObject({
        deviceId: idInput,
        requestId: idInput,
        at: z.string().max(40),
        signature: b64(200),
      }),
    )
    .output(
      z.object({
        state: z.enum([
          "waiting",
          "approved",
          "denied",
          "reported",
          "answered_elsewhere",
          "cancelled",
          "expired",
        ]),
      }),
    )
    .mutation(async ({ ctx, input }) => unwrap(await ctx.deps.twofold.push.deviceStatus(input))),

  /** The device removes itself (as the settings' push.removeDevice does), signed with its key. */
  remove: publicProcedure
    .input(z.strictObject({ deviceId: idInput, at: z.string().max(40), signature: b64(200) }))
    .output(z.object({ removed: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      unwrap(await ctx.deps.twofold.push.removeDevice(input, ctx.req));
      return { removed: true as const };
    }),
});
