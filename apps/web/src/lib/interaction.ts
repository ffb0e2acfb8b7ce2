/**
 * An app's sign-in request through Twofold's OpenID provider (an "interaction"): what the server
 * says about it, and the three things the page can do with it. Plain same-origin `fetch` (the
 * interaction's cookie is scoped to `/oidc/interaction/<uid>`); every answer is checked here,
 * nothing from outside is trusted by its type.
 */

/** What `GET /oidc/interaction/<uid>/details` says about the request. */
export interface InteractionDetails {
  client: { id: string; name: string; firstParty: boolean };
  /** "login": the person must sign in (again, or with a second step); "consent": allow or deny. */
  prompt: "login" | "consent";
  signIn: {
    /** The app requires a second step, even on a browser trusted for 30 days. */
    secondFactor: boolean;
    /** The app requires a sign-in now, even when signed in. */
    fresh: boolean;
    loginHint: string | null;
  };
  scopes: string[];
}

/**
 * Why the server refused, as it said it (UPPER_SNAKE: INTERACTION_EXPIRED, NOT_SIGNED_IN,
 * UNMET_AUTHENTICATION_REQUIREMENTS, SERVICE_UNAVAILABLE...), NETWORK when it could not be
 * reached, INTERNAL_ERROR when its answer made no sense.
 */
export type InteractionOutcome<T> = { ok: true; value: T } | { ok: false; reason: string };

/** The scopes the consent page explains in words; others are shown by name. */
export const KNOWN_SCOPES = ["openid", "email", "profile", "offline_access"] as const;
export type KnownScope = (typeof KNOWN_SCOPES)[number];

// oidc-provider's uids are nanoids; nothing else may become a path segment (no "..", no "/").
const UID = /^[A-Za-z0-9_-]{1,128}$/;
const REASON = /^[A-Z][A-Z0-9_]*$/;

/** The request's uid from the page's query (`?interaction=<uid>`), or null when absent or malformed. */
export function interactionOf(search: string): string | null {
  const uid = new URLSearchParams(search).get("interaction");
  return uid !== null && UID.test(uid) ? uid : null;
}

/** Whether the page's query names an interaction at all (even a malformed one). */
export function namesInteraction(search: string): boolean {
  return new URLSearchParams(search).has("interaction");
}

/** The server's address of the request: a top-level navigation there lets the server continue. */
export function interactionPath(uid: string, action?: "details" | "consent" | "abort"): string {
  const base = `/oidc/interaction/${encodeURIComponent(uid)}`;
  return action ? `${base}/${action}` : base;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

/** The details, checked field by field; null when anything is missing or of another type. */
export function parseDetails(json: unknown): InteractionDetails | null {
  if (!isRecord(json)) return null;
  const { client, prompt, signIn, scopes } = json;
  if (!isRecord(client) || !isRecord(signIn) || !isStringArray(scopes)) return null;
  const { id, name, firstParty } = client;
  if (typeof id !== "string" || typeof name !== "string" || typeof firstParty !== "boolean")
    return null;
  if (prompt !== "login" && prompt !== "consent") return null;
  const { secondFactor, fresh, loginHint } = signIn;
  if (typeof secondFactor !== "boolean" || typeof fresh !== "boolean") return null;
  if (loginHint !== null && typeof loginHint !== "string") return null;
  return {
    // An app without a name still reads as something: its id.
    client: { id, name: name.trim() || id, firstParty },
    prompt,
    signIn: { secondFactor, fresh, loginHint },
    scopes: [...new Set(scopes)],
  };
}

/** The reason of an error answer (`{ error: { reason } }`), or what its status says without one. */
export function parseReason(status: number, json: unknown): string {
  const error = isRecord(json) ? json.error : undefined;
  const reason = isRecord(error) ? error.reason : undefined;
  if (typeof reason === "string" && REASON.test(reason)) return reason;
  if (status === 404 || status === 410) return "INTERACTION_EXPIRED";
  if (status === 503) return "SERVICE_UNAVAILABLE";
  return "INTERNAL_ERROR";
}

/**
 * Where the server sends the browser (`{ redirectTo }`): an http(s) address only, so that an
 * answer can never run script in this page (`javascript:`).
 */
export function parseRedirect(json: unknown, origin: string): string | null {
  const redirectTo = isRecord(json) ? json.redirectTo : undefined;
  if (typeof redirectTo !== "string") return null;
  try {
    const url = new URL(redirectTo, origin);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

type Fetch = typeof fetch;

/** One request to the interaction's endpoints (a body goes as JSON); the answer read by `read`. */
async function ask<T>(
  url: string,
  request: { method: "GET" | "POST"; body?: unknown },
  read: (json: unknown) => T | null,
  fetcher: Fetch,
): Promise<InteractionOutcome<T>> {
  let response: Response;
  try {
    response = await fetcher(url, {
      method: request.method,
      credentials: "same-origin",
      headers:
        request.body === undefined
          ? { accept: "application/json" }
          : { accept: "application/json", "content-type": "application/json" },
      ...(request.body !== undefined && { body: JSON.stringify(request.body) }),
    });
  } catch {
    return { ok: false, reason: "NETWORK" };
  }
  let json: unknown = null;
  try {
    json = await response.json();
  } catch {
    // No JSON body: the status says what it can.
  }
  if (!response.ok) return { ok: false, reason: parseReason(response.status, json) };
  const value = read(json);
  return value === null ? { ok: false, reason: "INTERNAL_ERROR" } : { ok: true, value };
}

/** What the request is: which app, what it asks of the sign-in, which scopes. */
export function fetchInteractionDetails(
  uid: string,
  fetcher: Fetch = fetch,
): Promise<InteractionOutcome<InteractionDetails>> {
  return ask(interactionPath(uid, "details"), { method: "GET" }, parseDetails, fetcher);
}

/** Allows or denies a third-party app; the value is where the browser goes next. */
export function decideConsent(
  uid: string,
  decision: "allow" | "deny",
  origin: string,
  fetcher: Fetch = fetch,
): Promise<InteractionOutcome<string>> {
  return ask(
    interactionPath(uid, "consent"),
    { method: "POST", body: { decision } },
    (json) => parseRedirect(json, origin),
    fetcher,
  );
}

/** The person cancels the sign-in: the app gets `access_denied`; the value is its address. */
export function abortInteraction(
  uid: string,
  origin: string,
  fetcher: Fetch = fetch,
): Promise<InteractionOutcome<string>> {
  return ask(
    interactionPath(uid, "abort"),
    { method: "POST", body: {} },
    (json) => parseRedirect(json, origin),
    fetcher,
  );
}
