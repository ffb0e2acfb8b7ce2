import type { IncomingMessage } from "node:http";
import type { ResolvedSession, Twofold } from "@twofold/core";
import Provider, {
  interactionPolicy,
  type Configuration,
  type KoaContextWithOIDC,
} from "oidc-provider";
import { ACR_VALUES, requiredLevel, sessionLevel } from "./acr";
import { adapterFor } from "./adapter";
import { signedInSession } from "./browser-session";
import { introspectsOnly, providerMetadata, type OidcClient } from "./clients";
import { errorPage, logoutPage, signedOutPage } from "./pages";

/** Where the provider answers (discovery stays at the root, as RFC 8414 and OIDC say). */
export const OIDC_ROUTES = {
  authorization: "/oidc/auth",
  token: "/oidc/token",
  userinfo: "/oidc/me",
  jwks: "/oidc/jwks",
  introspection: "/oidc/token/introspection",
  revocation: "/oidc/token/revocation",
  end_session: "/oidc/session/end",
  code_verification: "/oidc/device",
  device_authorization: "/oidc/device/auth",
  pushed_authorization_request: "/oidc/request",
  backchannel_authentication: "/oidc/backchannel",
  registration: "/oidc/reg",
  challenge: "/oidc/challenge",
} as const;

/** An app's tokens are short; its refresh token lives while its Twofold session does. */
const TTL = {
  AccessToken: 10 * 60,
  AuthorizationCode: 60,
  IdToken: 60 * 60,
  Interaction: 60 * 60,
  RefreshToken: 30 * 24 * 3600,
  Grant: 31 * 24 * 3600,
  Session: 31 * 24 * 3600,
} as const;

export interface ProviderOptions {
  twofold: Twofold;
  issuer: string;
  clients: OidcClient[];
  /** Cookies Secure and `__Host-`-free names (the provider's own cookies are path-scoped). */
  secure: boolean;
  trustProxy: boolean;
}

/** The Twofold session of a request, looked up once however many checks ask. */
export function sessionLookup(twofold: Twofold, secure: boolean) {
  const seen = new WeakMap<IncomingMessage, Promise<ResolvedSession | null>>();
  return (req: IncomingMessage): Promise<ResolvedSession | null> => {
    let found = seen.get(req);
    if (!found) {
      found = signedInSession(twofold, req, secure);
      seen.set(req, found);
    }
    return found;
  };
}

/**
 * The login prompt also asks for the person when the browser's Twofold session no longer
 * backs the provider's: signed out, ended, another account, or not strong enough for the
 * app's `acr_values` (a browser trusted for 30 days passed no second factor).
 */
function policyWith(session: (req: IncomingMessage) => Promise<ResolvedSession | null>) {
  const policy = interactionPolicy.base();
  policy.get("login")?.checks.add(
    new interactionPolicy.Check(
      "twofold_session",
      "the Twofold session does not meet the request",
      async (ctx: KoaContextWithOIDC) => {
        const { oidc } = ctx;
        if (!oidc.session?.accountId) return interactionPolicy.Check.NO_NEED_TO_PROMPT;
        const current = await session(ctx.req);
        if (!current || current.accountId !== oidc.session.accountId)
          return interactionPolicy.Check.REQUEST_PROMPT;
        return sessionLevel(current.amr) < requiredLevel(oidc.params?.acr_values)
          ? interactionPolicy.Check.REQUEST_PROMPT
          : interactionPolicy.Check.NO_NEED_TO_PROMPT;
      },
    ),
  );
  return policy;
}

export async function createProvider(options: ProviderOptions): Promise<Provider> {
  const { twofold, issuer, clients, secure } = options;
  const session = sessionLookup(twofold, secure);
  const keys = await twofold.oidc.signingKeys();
  const resourceServers = new Set(clients.filter(introspectsOnly).map((c) => c.client_id));
  const logoutOrigins = new Set(
    clients.flatMap((c) =>
      c.backchannel_logout_uri ? [new URL(c.backchannel_logout_uri).origin] : [],
    ),
  );
  const account = async (sub: string) => {
    const found = await twofold.accounts.get(sub);
    return found ?? undefined;
  };
  const configuration: Configuration = {
    adapter: adapterFor(twofold),
    clients: clients.map(providerMetadata),
    jwks: { keys },
    cookies: {
      keys: [twofold.deps.keys.oidcCookies.toString("base64url")],
      names: {
        session: "twofold_oidc_session",
        interaction: "twofold_oidc_interaction",
        resume: "twofold_oidc_resume",
      },
      long: { signed: true, httpOnly: true, sameSite: "lax", secure },
      short: { signed: true, httpOnly: true, sameSite: "lax", secure },
    },
    routes: OIDC_ROUTES,
    acrValues: ACR_VALUES,
    claims: {
      // How and when the person signed in, in every ID token.
      openid: ["sub", "acr", "amr", "auth_time"],
      email: ["email", "email_verified"],
      profile: ["name", "locale"],
    },
    scopes: ["openid", "offline_access", "email", "profile"],
    features: {
      devInteractions: { enabled: false },
      // An app may ask about its own tokens; a resource server (a client that signs nobody in,
      // like the mail server) about any.
      introspection: {
        enabled: true,
        allowedPolicy: (_ctx, caller, token) =>
          token.clientId === caller.clientId || resourceServers.has(caller.clientId),
      },
      revocation: { enabled: true },
      claimsParameter: { enabled: true },
      backchannelLogout: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.type = "html";
          ctx.body = logoutPage(ctx.get("accept-language"), form);
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.type = "html";
          ctx.body = signedOutPage(ctx.get("accept-language"));
        },
      },
    },
    pkce: { required: (_ctx, client) => client.clientAuthMethod === "none" },
    clientBasedCORS: (ctx, origin, client) =>
      origin !== "null" &&
      (ctx.oidc.route === "userinfo" || client.clientAuthMethod === "none") &&
      (client.redirectUris ?? []).some((uri) => URL.parse(uri)?.origin === origin),
    findAccount: async (_ctx, sub) => {
      const person = await account(sub);
      if (!person) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          email: person.email,
          email_verified: true,
          name: person.displayName,
          locale: person.locale,
        }),
      };
    },
    // Dovecot checks the IMAP user against the token's introspection: it names the address.
    extraTokenClaims: async (_ctx, token) => {
      if (token.kind !== "AccessToken" || !token.accountId) return undefined;
      const person = await account(token.accountId);
      return person ? { email: person.email } : undefined;
    },
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed("refresh_token"),
    // An app's tokens hang on the Twofold session (records.ts), not on the provider's own
    // session cookie: checking that too would cost every introspection one more lookup.
    expiresWithSession: () => false,
    rotateRefreshToken: true,
    loadExistingGrant: async (ctx) => {
      const decided = ctx.oidc.result?.consent?.grantId;
      if (typeof decided === "string") return ctx.oidc.provider.Grant.find(decided);
      const current = await session(ctx.req);
      if (!current || !ctx.oidc.client) return undefined;
      const grantId = await twofold.oidc.grantOfSession({
        sessionId: current.id,
        clientId: ctx.oidc.client.clientId,
      });
      return grantId ? ctx.oidc.provider.Grant.find(grantId) : undefined;
    },
    interactions: {
      url: (_ctx, interaction) => `/oidc/interaction/${interaction.uid}`,
      policy: policyWith(session),
    },
    ttl: TTL,
    // oidc-provider refuses to call private addresses (SSRF); an app's back-channel logout URI
    // is the operator's own configuration, and the account's apps often run on a private
    // network: those calls may go there. Any other address keeps the protection.
    fetch: (url, init) => {
      const target = new URL(
        typeof url === "string" ? url : url instanceof URL ? url.href : url.url,
      );
      if (!logoutOrigins.has(target.origin)) return globalThis.fetch(url, init);
      const { dispatcher: _ssrfGuard, ...rest } = init as RequestInit & { dispatcher?: unknown };
      return globalThis.fetch(url, rest);
    },
    renderError: (ctx, out) => {
      ctx.type = "html";
      ctx.body = errorPage(ctx.get("accept-language"), out.error);
    },
  };
  const provider = new Provider(issuer, configuration);
  provider.proxy = options.trustProxy;
  return provider;
}
