import { readFileSync } from "node:fs";
import type { ClientMetadata } from "oidc-provider";
import * as z from "zod";

/**
 * The apps that sign in through Twofold (TWOFOLD_OIDC_CLIENTS: the path of a JSON array of
 * client metadata in RFC 7591 / oidc-provider names, plus `twofold_first_party`). Read and
 * checked at start: a wrong entry stops the start with a line naming it and its field.
 */
const client = z
  .object({
    client_id: z.string().min(1).max(200),
    /** Shown on the consent screen, the sessions page, the log and the emails. */
    client_name: z.string().min(1).max(100),
    client_secret: z.string().min(32, "must be at least 32 characters").optional(),
    redirect_uris: z.array(z.url()).default([]),
    token_endpoint_auth_method: z
      .enum(["client_secret_basic", "client_secret_post", "none"])
      .optional(),
    post_logout_redirect_uris: z.array(z.url()).optional(),
    backchannel_logout_uri: z.url().optional(),
    backchannel_logout_session_required: z.boolean().optional(),
    grant_types: z
      .array(
        z.enum([
          "authorization_code",
          "refresh_token",
          "urn:ietf:params:oauth:grant-type:device_code",
        ]),
      )
      .optional(),
    response_types: z.array(z.literal("code")).optional(),
    /**
     * Kept for the same reason as oidc-provider's: a client with `grant_types: []` signs nobody
     * in and only asks about tokens (a mail server introspecting IMAP logins).
     */
    scope: z.string().optional(),
    /** An app of the account manager itself: no consent screen. */
    twofold_first_party: z.boolean().default(false),
  })
  .strict()
  .superRefine((c, ctx) => {
    const signsIn = c.grant_types === undefined || c.grant_types.length > 0;
    if (signsIn && c.redirect_uris.length === 0)
      ctx.addIssue({
        code: "custom",
        path: ["redirect_uris"],
        message:
          'must list at least one URI (or set "grant_types": [] for a client that only introspects tokens)',
      });
    if (!signsIn && c.token_endpoint_auth_method === "none")
      ctx.addIssue({
        code: "custom",
        path: ["token_endpoint_auth_method"],
        message: "must not be none for a client that introspects tokens",
      });
    const method = c.token_endpoint_auth_method ?? "client_secret_basic";
    if (method !== "none" && !c.client_secret)
      ctx.addIssue({
        code: "custom",
        path: ["client_secret"],
        message: `is required with token_endpoint_auth_method ${method} (or set it to "none" for a public client)`,
      });
    if (method === "none" && c.client_secret)
      ctx.addIssue({
        code: "custom",
        path: ["client_secret"],
        message: 'must not be set for a public client (token_endpoint_auth_method "none")',
      });
  });

const clients = z.array(client).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((c, i) => {
    if (seen.has(c.client_id))
      ctx.addIssue({ code: "custom", path: [i, "client_id"], message: "is used twice" });
    seen.add(c.client_id);
  });
});

export type OidcClient = z.infer<typeof client>;

/** The clients of the file at `path`; throws an Error whose lines name each bad field. */
export function readOidcClients(path: string): OidcClient[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(`TWOFOLD_OIDC_CLIENTS: ${path} is not a readable JSON file (${why})`);
  }
  const parsed = clients.safeParse(json);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map(
    (i) =>
      `  TWOFOLD_OIDC_CLIENTS${i.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("")}: ${i.message}`,
  );
  throw new Error(`Invalid OpenID Connect clients in ${path}:\n${lines.join("\n")}`);
}

/** The metadata oidc-provider is given (without Twofold's own field). */
export function providerMetadata(c: OidcClient): ClientMetadata {
  const { twofold_first_party: _firstParty, ...metadata } = c;
  const introspectsOnly = c.grant_types?.length === 0;
  return {
    grant_types: ["authorization_code", "refresh_token"],
    ...metadata,
    ...(introspectsOnly && { response_types: [] }),
  };
}

/** A client that signs nobody in (`grant_types: []`): a resource server such as a mail server. */
export function introspectsOnly(c: OidcClient): boolean {
  return c.grant_types?.length === 0;
}
