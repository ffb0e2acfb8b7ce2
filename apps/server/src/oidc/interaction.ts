import type { IncomingMessage, ServerResponse } from "node:http";
import type { ResolvedSession, Twofold } from "@twofold/core";
import { errors, type InteractionResults } from "oidc-provider";
import type Provider from "oidc-provider";
import { acrFor, requiredLevel, sessionLevel } from "./acr";
import type { OidcClient } from "./clients";
import { grantFor } from "./grants";

/**
 * The provider's login and consent steps, handed to the web app: the provider sends the
 * browser to GET /oidc/interaction/<uid>; this either finishes at once (the person's Twofold
 * session meets the request: back to the app by redirects alone for a first-party app) or
 * sends it to the web app's /sign-in or /consent page, which asks about the request at
 * …/details, and comes back here (or POSTs …/consent, …/abort) when the person is done.
 */
export interface InteractionOptions {
  provider: Provider;
  twofold: Twofold;
  clients: ReadonlyMap<string, OidcClient>;
  session: (req: IncomingMessage) => Promise<ResolvedSession | null>;
  clientIp: (req: IncomingMessage) => string;
  /** Where the web app is (the issuer's origin): POSTs from elsewhere are refused. */
  origin: string;
}

type Details = Awaited<ReturnType<Provider["interactionDetails"]>>;

const PATH = /^\/oidc\/interaction\/([A-Za-z0-9_-]{1,64})(\/details|\/consent|\/abort)?$/;

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

const refuse = (res: ServerResponse, status: number, reason: string) =>
  json(res, status, { error: { reason } });

function seeOther(res: ServerResponse, location: string): void {
  res.writeHead(303, { location, "cache-control": "no-store" });
  res.end();
}

/** What the request asks of the session: a level (acr_values) and how recent a sign-in. */
function freshEnough(session: ResolvedSession, details: Details, now: number): boolean {
  const signedInAt = session.signedInAt?.getTime() ?? 0;
  const reasons = details.prompt.reasons;
  // prompt=login: signed in since the app asked.
  if (reasons.includes("login_prompt") && signedInAt < details.iat * 1000) return false;
  // The request's parameters as sent: max_age arrives as text.
  const maxAge = Number(details.params.max_age ?? Number.NaN);
  if (Number.isFinite(maxAge) && now - signedInAt > maxAge * 1000) return false;
  return true;
}

function strongEnough(session: ResolvedSession, details: Details): boolean {
  return sessionLevel(session.amr) >= requiredLevel(details.params.acr_values);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    const piece = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += piece.length;
    if (size > 4096) return null;
    chunks.push(piece);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return null;
  }
}

export function createInteractionHandler(options: InteractionOptions) {
  const { provider, twofold, clients, session } = options;

  const meta = (req: IncomingMessage) => ({
    ip: options.clientIp(req),
    userAgent: String(req.headers["user-agent"] ?? "").slice(0, 512),
  });

  /** The login (and, for a first-party app, the grant) a satisfied request finishes with. */
  async function result(
    req: IncomingMessage,
    details: Details,
    current: ResolvedSession,
    consented: boolean,
  ): Promise<InteractionResults> {
    const client = clients.get(String(details.params.client_id));
    const login = {
      accountId: current.accountId,
      acr: acrFor(current.amr, details.params.acr_values),
      amr: current.amr ?? ["pwd"],
      ts: Math.floor((current.signedInAt ?? new Date()).getTime() / 1000),
    };
    if (!client) return { login };
    if (!client.twofold_first_party && !consented) return { login };
    const grantId = await grantFor({
      provider,
      twofold,
      details,
      session: current,
      client,
      meta: meta(req),
      consented: consented && !client.twofold_first_party,
    });
    return { login, consent: { grantId } };
  }

  /** GET /oidc/interaction/<uid>: finish, or send the person to the web app. */
  async function decide(req: IncomingMessage, res: ServerResponse, details: Details) {
    const uid = encodeURIComponent(details.uid);
    const current = await session(req);
    const now = Date.now();
    if (!current || !freshEnough(current, details, now) || !strongEnough(current, details)) {
      // Signed in since the app asked, and still not strong enough: this account has no
      // second step to offer (no two-step), and asking again would go round in circles.
      if (
        current &&
        freshEnough(current, details, now) &&
        (current.signedInAt?.getTime() ?? 0) >= details.iat * 1000 &&
        !(await twofold.twoFactor.status(current.accountId)).enabled
      ) {
        await provider.interactionFinished(req, res, {
          error: "unmet_authentication_requirements",
          error_description: "the account has no second step to meet the requested acr_values",
        });
        return;
      }
      seeOther(res, `/sign-in?interaction=${uid}`);
      return;
    }
    const client = clients.get(String(details.params.client_id));
    if (details.prompt.name === "consent" && client && !client.twofold_first_party) {
      seeOther(res, `/consent?interaction=${uid}`);
      return;
    }
    await provider.interactionFinished(req, res, await result(req, details, current, false), {
      mergeWithLastSubmission: false,
    });
  }

  /** GET …/details: what the web app shows about the request. */
  async function describe(req: IncomingMessage, res: ServerResponse, details: Details) {
    const client = clients.get(String(details.params.client_id));
    const current = await session(req);
    const level = requiredLevel(details.params.acr_values);
    const hint = details.params.login_hint;
    json(res, 200, {
      client: {
        id: String(details.params.client_id),
        name: client?.client_name ?? String(details.params.client_id),
        firstParty: client?.twofold_first_party ?? false,
      },
      prompt: details.prompt.name === "consent" ? "consent" : "login",
      signIn: {
        secondFactor: level > 0 && (!current || sessionLevel(current.amr) < level),
        fresh: current !== null && !freshEnough(current, details, Date.now()),
        loginHint: typeof hint === "string" ? hint : null,
      },
      scopes: (typeof details.params.scope === "string" ? details.params.scope : "")
        .split(" ")
        .filter(Boolean),
    });
  }

  /** POST …/consent {decision} and POST …/abort: the way back to the app, as JSON. */
  async function answer(
    req: IncomingMessage,
    res: ServerResponse,
    details: Details,
    kind: "consent" | "abort",
  ) {
    const body = kind === "consent" ? await readJson(req) : {};
    const decision =
      typeof body === "object" && body !== null && "decision" in body ? body.decision : null;
    if (kind === "consent" && decision !== "allow" && decision !== "deny")
      return refuse(res, 400, "INVALID_INPUT");
    if (kind === "abort" || decision === "deny") {
      const redirectTo = await provider.interactionResult(req, res, {
        error: "access_denied",
        error_description: "the person did not allow it",
      });
      return json(res, 200, { redirectTo });
    }
    const current = await session(req);
    if (!current) return refuse(res, 401, "NOT_SIGNED_IN");
    const redirectTo = await provider.interactionResult(
      req,
      res,
      await result(req, details, current, true),
      { mergeWithLastSubmission: false },
    );
    return json(res, 200, { redirectTo });
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const match = PATH.exec(path);
    const uid = match?.[1];
    const part = match?.[2] ?? "";
    const method = req.method ?? "GET";
    const wanted = part === "/consent" || part === "/abort" ? "POST" : "GET";
    if (!uid) return refuse(res, 404, "NOT_FOUND");
    if (method !== wanted && !(wanted === "GET" && method === "HEAD"))
      return refuse(res, 405, "METHOD_NOT_ALLOWED");
    if (wanted === "POST") {
      const origin = req.headers.origin;
      if (origin !== undefined && origin !== options.origin) return refuse(res, 403, "FORBIDDEN");
      if (!String(req.headers["content-type"] ?? "").startsWith("application/json"))
        return refuse(res, 415, "UNSUPPORTED_MEDIA_TYPE");
    }
    let details: Details;
    try {
      details = await provider.interactionDetails(req, res);
    } catch (error) {
      if (error instanceof errors.SessionNotFound) return refuse(res, 404, "INTERACTION_EXPIRED");
      throw error;
    }
    if (details.uid !== uid) return refuse(res, 404, "INTERACTION_EXPIRED");
    if (part === "/details") return describe(req, res, details);
    if (part === "/consent") return answer(req, res, details, "consent");
    if (part === "/abort") return answer(req, res, details, "abort");
    return decide(req, res, details);
  };
}
