import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readOidcClients } from "./clients";

function file(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), "twofold-clients-")), "clients.json");
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

const webmail = {
  client_id: "webmail",
  client_name: "Webmail",
  client_secret: "a-client-secret-of-at-least-thirty-two-chars",
  redirect_uris: ["https://mail.example.ch/index.php/login/oauth"],
  twofold_first_party: true,
};

describe("TWOFOLD_OIDC_CLIENTS", () => {
  it("reads the apps, first party or not", () => {
    const [client] = readOidcClients(file([webmail]));
    expect(client).toMatchObject({ client_id: "webmail", twofold_first_party: true });
    const [other] = readOidcClients(
      file([{ ...webmail, twofold_first_party: undefined, client_id: "x" }]),
    );
    expect(other?.twofold_first_party).toBe(false);
  });

  it("names the entry and the field that is wrong", () => {
    expect(() => readOidcClients(file([{ ...webmail, redirect_uris: [] }]))).toThrow(
      "TWOFOLD_OIDC_CLIENTS[0].redirect_uris: must list at least one URI",
    );
    expect(() =>
      readOidcClients(file([webmail, { ...webmail, client_secret: undefined, client_id: "b" }])),
    ).toThrow(
      "TWOFOLD_OIDC_CLIENTS[1].client_secret: is required with token_endpoint_auth_method client_secret_basic",
    );
    expect(() => readOidcClients(file([webmail, webmail]))).toThrow(
      "TWOFOLD_OIDC_CLIENTS[1].client_id: is used twice",
    );
    expect(() => readOidcClients(file([{ ...webmail, redirect_url: "x" }]))).toThrow(
      /redirect_url/,
    );
    expect(() => readOidcClients(file("not json"))).toThrow(/is not a readable JSON file/);
  });

  it("takes a client that only introspects tokens (a mail server), without redirect URIs", () => {
    const dovecot = {
      client_id: "dovecot",
      client_name: "Mail server",
      client_secret: webmail.client_secret,
      grant_types: [],
    };
    expect(readOidcClients(file([dovecot]))[0]?.redirect_uris).toEqual([]);
    expect(() => readOidcClients(file([{ ...dovecot, grant_types: undefined }]))).toThrow(
      /redirect_uris: must list at least one URI/,
    );
  });
});
