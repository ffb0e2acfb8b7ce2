import {
  APP_PASSWORD_SCOPES,
  SCOPE_OF_SERVICE,
  SYNC_SERVICES,
  type AppPassword,
} from "@twofold/core";
import * as z from "zod";
import { unwrap } from "../errors";
import { authedProcedure, createTRPCRouter, stepUpProcedure } from "../trpc";
import { idInput, iso, isoOrNull, labelInput } from "./shared";

const appPasswordOutput = z.object({
  id: z.string(),
  name: z.string(),
  scopes: z.array(z.enum(APP_PASSWORD_SCOPES)),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  lastUsedIp: z.string().nullable(),
  lastUsedClient: z.string().nullable(),
});

const toOutput = (p: AppPassword): z.infer<typeof appPasswordOutput> => ({
  ...p,
  createdAt: iso(p.createdAt),
  expiresAt: isoOrNull(p.expiresAt),
  lastUsedAt: isoOrNull(p.lastUsedAt),
});

const serverOutput = z.object({
  service: z.enum(SYNC_SERVICES),
  /** The scope a password needs for this service: show it only beside such a password. */
  scope: z.enum(APP_PASSWORD_SCOPES),
  host: z.string(),
  port: z.number().int(),
  /** "tls": encrypted from the start (SSL/TLS); "starttls": STARTTLS. */
  security: z.enum(["tls", "starttls"]),
  /** The address to type, for CalDAV, CardDAV and WebDAV; null for IMAP and SMTP. */
  url: z.string().nullable(),
});

export const appPasswordsRouter = createTRPCRouter({
  /**
   * Where to use an application password: the servers the operator configured (none when
   * unset), and the user name (the account's email address).
   */
  servers: authedProcedure
    .output(z.object({ username: z.string(), servers: z.array(serverOutput) }))
    .query(async ({ ctx }) => {
      const { twofold } = ctx.deps;
      const account = await twofold.accounts.get(ctx.session.accountId);
      if (!account) throw new Error("session without account");
      const configured = twofold.deps.config.syncServers;
      const servers = SYNC_SERVICES.flatMap((service) => {
        const server = configured[service];
        return server ? [{ service, scope: SCOPE_OF_SERVICE[service], ...server }] : [];
      });
      return { username: account.email, servers };
    }),

  list: authedProcedure
    .output(z.array(appPasswordOutput))
    .query(async ({ ctx }) =>
      (await ctx.deps.twofold.appPasswords.list(ctx.session.accountId)).map(toOutput),
    ),

  /** Shown once: the password comes back here and never again. Needs a recent password. */
  create: stepUpProcedure
    .input(
      z.strictObject({
        name: labelInput,
        scopes: z.array(z.enum(APP_PASSWORD_SCOPES)).min(1).max(APP_PASSWORD_SCOPES.length),
        expiresAt: z.iso.datetime({ offset: true }).optional(),
      }),
    )
    .output(appPasswordOutput.extend({ password: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const created = unwrap(
        await ctx.deps.twofold.appPasswords.create(
          ctx.session.accountId,
          {
            name: input.name,
            scopes: input.scopes,
            ...(input.expiresAt && { expiresAt: new Date(input.expiresAt) }),
          },
          ctx.req,
        ),
      );
      return { ...toOutput(created), password: created.password };
    }),

  revoke: authedProcedure
    .input(z.strictObject({ id: idInput }))
    .output(z.object({ id: z.string() }))
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.deps.twofold.appPasswords.revoke(ctx.session.accountId, input.id, ctx.req)),
    ),

  revokeAll: authedProcedure
    .output(z.object({ revoked: z.number().int() }))
    .mutation(({ ctx }) => ctx.deps.twofold.appPasswords.revokeAll(ctx.session.accountId, ctx.req)),
});
