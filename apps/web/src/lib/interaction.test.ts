import { describe, expect, it } from "vitest";
import {
  abortInteraction,
  decideConsent,
  fetchInteractionDetails,
  interactionOf,
  interactionPath,
  parseDetails,
  parseReason,
  parseRedirect,
  type InteractionDetails,
} from "./interaction";

const ORIGIN = "https://twofold.example";

const DETAILS: InteractionDetails = {
  client: { id: "roundcube", name: "Roundcube", firstParty: true },
  prompt: "login",
  signIn: { secondFactor: true, fresh: false, loginHint: null },
  scopes: ["openid", "email"],
};

/** A fetch that answers once with `status` and `body` (a string is sent as it is), and records the call. */
function answering(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetcher: typeof fetch = (input, init) => {
    calls.push({ url: input instanceof Request ? input.url : input.toString(), init });
    const text = typeof body === "string" ? body : JSON.stringify(body);
    return Promise.resolve(new Response(text, { status }));
  };
  return { fetcher, calls };
}

describe("the interaction's address", () => {
  it("takes the uid from the query, and nothing that could leave its path segment", () => {
    expect(interactionOf("?interaction=Ab_9-xYz")).toBe("Ab_9-xYz");
    expect(interactionOf("?other=1&interaction=abc")).toBe("abc");
    for (const search of [
      "",
      "?interaction=",
      "?interaction=..",
      "?interaction=a/b",
      "?interaction=a%2Fb",
      "?interaction=a.b",
      `?interaction=${"a".repeat(129)}`,
    ])
      expect(interactionOf(search)).toBeNull();
    expect(interactionPath("abc")).toBe("/oidc/interaction/abc");
    expect(interactionPath("abc", "details")).toBe("/oidc/interaction/abc/details");
  });
});

describe("parseDetails", () => {
  it("reads the contract's shape, each scope once", () => {
    expect(parseDetails(DETAILS)).toEqual(DETAILS);
    expect(
      parseDetails({ ...DETAILS, scopes: ["openid", "email", "openid"], extra: 1 })?.scopes,
    ).toEqual(["openid", "email"]);
    const hinted = { ...DETAILS, signIn: { ...DETAILS.signIn, loginHint: "ada@example.com" } };
    expect(parseDetails(hinted)?.signIn.loginHint).toBe("ada@example.com");
  });

  it("names an app without a name by its id", () => {
    expect(
      parseDetails({ ...DETAILS, client: { ...DETAILS.client, name: "  " } })?.client.name,
    ).toBe("roundcube");
  });

  it("refuses anything missing or of another type", () => {
    const broken: unknown[] = [
      null,
      "text",
      [],
      { ...DETAILS, client: null },
      { ...DETAILS, client: { ...DETAILS.client, firstParty: "yes" } },
      { ...DETAILS, prompt: "none" },
      { ...DETAILS, signIn: { ...DETAILS.signIn, fresh: undefined } },
      { ...DETAILS, signIn: { ...DETAILS.signIn, loginHint: 3 } },
      { ...DETAILS, scopes: "openid email" },
      { ...DETAILS, scopes: ["openid", 1] },
    ];
    for (const json of broken) expect(parseDetails(json)).toBeNull();
  });
});

describe("parseReason and parseRedirect", () => {
  it("reads the server's reason, or what the status says without one", () => {
    expect(parseReason(503, { error: { reason: "SERVICE_UNAVAILABLE" } })).toBe(
      "SERVICE_UNAVAILABLE",
    );
    expect(parseReason(400, { error: { reason: "NOT_SIGNED_IN" } })).toBe("NOT_SIGNED_IN");
    expect(parseReason(404, null)).toBe("INTERACTION_EXPIRED");
    expect(parseReason(410, { error: "gone" })).toBe("INTERACTION_EXPIRED");
    expect(parseReason(503, null)).toBe("SERVICE_UNAVAILABLE");
    expect(parseReason(500, { error: { reason: "<b>not a reason</b>" } })).toBe("INTERNAL_ERROR");
  });

  it("follows http(s) addresses only", () => {
    expect(parseRedirect({ redirectTo: "https://mail.example/cb?code=x" }, ORIGIN)).toBe(
      "https://mail.example/cb?code=x",
    );
    expect(parseRedirect({ redirectTo: "/oidc/auth/abc" }, ORIGIN)).toBe(`${ORIGIN}/oidc/auth/abc`);
    for (const redirectTo of ["javascript:alert(1)", "data:text/html,x", 42, undefined])
      expect(parseRedirect({ redirectTo }, ORIGIN)).toBeNull();
  });
});

describe("the interaction's requests", () => {
  it("asks for the details with the page's cookies", async () => {
    const { fetcher, calls } = answering(200, DETAILS);
    expect(await fetchInteractionDetails("abc", fetcher)).toEqual({ ok: true, value: DETAILS });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe("/oidc/interaction/abc/details");
    expect(calls[0]?.init).toMatchObject({ method: "GET", credentials: "same-origin" });
  });

  it("sends the decision and the cancellation as JSON (the server takes JSON posts only)", async () => {
    const allowed = answering(200, { redirectTo: "https://mail.example/cb" });
    expect(await decideConsent("abc", "allow", ORIGIN, allowed.fetcher)).toEqual({
      ok: true,
      value: "https://mail.example/cb",
    });
    expect(allowed.calls[0]?.url).toBe("/oidc/interaction/abc/consent");
    expect(allowed.calls[0]?.init).toMatchObject({
      method: "POST",
      body: JSON.stringify({ decision: "allow" }),
      headers: { "content-type": "application/json" },
    });

    const aborted = answering(200, { redirectTo: "https://mail.example/cb?error=access_denied" });
    expect(await abortInteraction("abc", ORIGIN, aborted.fetcher)).toMatchObject({ ok: true });
    expect(aborted.calls[0]?.url).toBe("/oidc/interaction/abc/abort");
    expect(aborted.calls[0]?.init).toMatchObject({
      method: "POST",
      body: "{}",
      headers: { "content-type": "application/json" },
    });
  });

  it("answers refusals, broken answers and an unreachable server as reasons", async () => {
    const expired = answering(410, { error: { reason: "INTERACTION_EXPIRED" } });
    expect(await fetchInteractionDetails("abc", expired.fetcher)).toEqual({
      ok: false,
      reason: "INTERACTION_EXPIRED",
    });
    const html = answering(502, "<html>Bad gateway</html>");
    expect(await abortInteraction("abc", ORIGIN, html.fetcher)).toEqual({
      ok: false,
      reason: "INTERNAL_ERROR",
    });
    const wrongShape = answering(200, { client: "roundcube" });
    expect(await fetchInteractionDetails("abc", wrongShape.fetcher)).toEqual({
      ok: false,
      reason: "INTERNAL_ERROR",
    });
    const noRedirect = answering(200, { redirectTo: "javascript:alert(1)" });
    expect(await decideConsent("abc", "deny", ORIGIN, noRedirect.fetcher)).toEqual({
      ok: false,
      reason: "INTERNAL_ERROR",
    });
    const offline: typeof fetch = () => Promise.reject(new TypeError("Failed to fetch"));
    expect(await fetchInteractionDetails("abc", offline)).toEqual({
      ok: false,
      reason: "NETWORK",
    });
  });
});
