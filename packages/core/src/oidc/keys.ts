import { generateKeyPairSync, randomUUID } from "node:crypto";
import { queryRows } from "@twofold/db";
import { sql } from "drizzle-orm";
import { open, seal } from "../crypto/secret-box";
import type { Deps } from "../deps";
import { TwofoldError } from "../errors";

/** A new signing key is due every 90 days. */
export const KEY_ROTATION_MS = 90 * 24 * 3600_000;

/** A private signing key as a JWK (RSA: what ID tokens are signed with by default, RS256). */
export type SigningJwk = { kid: string; kty: string } & Record<string, unknown>;

type KeyDeps = Pick<Deps, "db" | "clock" | "random" | "keys">;

function newKey(kid: string): SigningJwk {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = privateKey.export({ format: "jwk" });
  return { ...jwk, kty: jwk.kty ?? "RSA", kid, use: "sig", alg: "RS256" };
}

/**
 * The provider's signing keys, the one that signs first: the key of this rotation period, made
 * now if no server made it yet (servers starting together agree on one: a period has one row),
 * then the previous period's (tokens it signed may still be checked) and the next period's,
 * published ahead so that a server started after the turn signs with a key the others already
 * publish. Each is sealed under the master key in the database.
 */
export async function signingKeys(deps: KeyDeps): Promise<SigningJwk[]> {
  const generation = Math.floor(deps.clock.now().getTime() / KEY_ROTATION_MS);
  const wanted = [generation, generation - 1, generation + 1];
  const stored = () =>
    queryRows<{ kid: string; generation: number; sealed_jwk: string }>(
      deps.db,
      sql`select kid, generation, sealed_jwk from oidc_keys
           where generation between ${generation - 1} and ${generation + 1}`,
    );
  let rows = await stored();
  const missing = [generation, generation + 1].filter((g) => !rows.some((r) => r.generation === g));
  for (const g of missing) {
    const kid = randomUUID();
    const sealed = seal(
      deps.keys.secretBox,
      deps.random.bytes(12),
      Buffer.from(JSON.stringify(newKey(kid))),
      `oidc-key:${kid}`,
    );
    await deps.db.execute(
      sql`insert into oidc_keys (kid, generation, sealed_jwk, created_at)
          values (${kid}, ${g}, ${sealed}, ${deps.clock.now().toISOString()}::timestamptz)
          on conflict (generation) do nothing`,
    );
  }
  if (missing.length > 0) rows = await stored();
  return rows
    .sort((a, b) => wanted.indexOf(a.generation) - wanted.indexOf(b.generation))
    .map((row) => {
      let plain: Buffer;
      try {
        plain = open(deps.keys.secretBox, row.sealed_jwk, `oidc-key:${row.kid}`);
      } catch (cause) {
        throw new TwofoldError(
          "OIDC_KEY_SEALED_ELSEWHERE",
          "the OpenID Connect signing keys in the database were sealed under another master key: every server of an installation needs the same TWOFOLD_MASTER_KEY",
          { cause },
        );
      }
      const parsed: unknown = JSON.parse(plain.toString("utf8"));
      return { ...(parsed as Record<string, unknown>), kid: row.kid, kty: "RSA" };
    });
}
