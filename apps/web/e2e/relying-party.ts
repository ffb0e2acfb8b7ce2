// An app that signs people in through Twofold, as a real one does: a local HTTP server whose
// /login sends the browser to Twofold's authorization endpoint (openid-client, PKCE) and whose
// /callback exchanges the code and shows who signed in and how.
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as client from "openid-client";

export interface RelyingParty {
  url: string;
  /** The tokens of the last sign-in (for the test to check the provider's answers). */
  last: client.TokenEndpointResponse | null;
  useIssuer: (issuer: string) => void;
  close: () => Promise<void>;
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Listens first (the clients file needs its address), learns the issuer once Twofold runs. */
export async function startRelyingParty(app: {
  clientId: string;
  secret?: string;
  params?: Record<string, string>;
}): Promise<RelyingParty> {
  let issuer = "";
  let config: client.Configuration | null = null;
  const pending = new Map<string, string>();
  const rp: RelyingParty = {
    url: "",
    last: null,
    useIssuer: (value) => {
      issuer = value;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const page = (title: string, body: string) =>
    `<!doctype html><html lang="en"><title>${escape(title)}</title><h1>${escape(title)}</h1>${body}`;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", rp.url);
    void (async () => {
      config ??= await client.discovery(new URL(issuer), app.clientId, app.secret, undefined, {
        execute: [client.allowInsecureRequests],
      });
      if (url.pathname === "/login") {
        const verifier = client.randomPKCECodeVerifier();
        const state = client.randomState();
        pending.set(state, verifier);
        const to = client.buildAuthorizationUrl(config, {
          redirect_uri: `${rp.url}/callback`,
          scope: "openid email profile",
          code_challenge: await client.calculatePKCECodeChallenge(verifier),
          code_challenge_method: "S256",
          state,
          ...app.params,
          ...Object.fromEntries(url.searchParams),
        });
        res.writeHead(302, { location: to.href }).end();
        return;
      }
      if (url.pathname === "/callback") {
        const error = url.searchParams.get("error");
        if (error) {
          res
            .writeHead(200, { "content-type": "text/html" })
            .end(page("Refused", `<p id="error">${escape(error)}</p>`));
          return;
        }
        const state = url.searchParams.get("state") ?? "";
        const tokens = await client.authorizationCodeGrant(config, url, {
          pkceCodeVerifier: pending.get(state) ?? "",
          expectedState: state,
        });
        rp.last = tokens;
        const claims = tokens.claims();
        const info = await client.fetchUserInfo(config, tokens.access_token, claims?.sub ?? "");
        const amr = Array.isArray(claims?.amr)
          ? claims.amr.filter((v): v is string => typeof v === "string")
          : [];
        const acr = typeof claims?.acr === "string" ? claims.acr : "";
        res
          .writeHead(200, { "content-type": "text/html" })
          .end(
            page(
              `Signed in as ${String(info.email)}`,
              `<p id="amr">${escape(amr.join(" "))}</p><p id="acr">${escape(acr)}</p>`,
            ),
          );
        return;
      }
      res.writeHead(404).end();
    })().catch((error: unknown) => {
      res.writeHead(500, { "content-type": "text/plain" }).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  rp.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return rp;
}

/** The TWOFOLD_OIDC_CLIENTS file naming these apps. */
export function clientsFile(clients: Record<string, unknown>[]): string {
  const path = join(mkdtempSync(join(tmpdir(), "twofold-e2e-clients-")), "clients.json");
  writeFileSync(path, JSON.stringify(clients));
  return path;
}
