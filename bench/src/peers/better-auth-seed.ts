import { PGlite } from "@electric-sql/pglite";
import { generateId } from "better-auth";
import {
  generateRandomString,
  hashPassword,
  makeSignature,
  symmetricEncrypt,
} from "better-auth/crypto";
import { drizzle } from "drizzle-orm/pglite";
import {
  account,
  BETTER_AUTH_DDL,
  schema,
  twoFactor,
  user,
  verification,
} from "./better-auth-schema";

/** better-auth's default cookie prefix; no `__Secure-` prefix as the base URL is http. */
export const TWO_FACTOR_COOKIE = "better-auth.two_factor";
export const SESSION_COOKIE = "better-auth.session_token";

/** One pending two-factor sign-in the load generator can finish exactly once. */
export interface BetterAuthPendingSignIn {
  /** `Cookie` header: the signed two_factor cookie that email sign-in sets. */
  cookie: string;
  /** The account's TOTP key, hex: better-auth uses its secret string's UTF-8 bytes as the key. */
  totpKey: string;
}

// Rows per multi-row INSERT (verification rows carry 6 parameters, two per sign-in).
const CHUNK = 1_000;
const BACKUP_CODES = 10;
/**
 * better-auth gives a pending sign-in 10 minutes (twoFactorCookieMaxAge, 600 s). Seeded rows get
 * an hour so that a long run never reaches the expiry; the server reads expiresAt the same way
 * whatever its value.
 */
const PENDING_FOR_MS = 3_600_000;

/**
 * Creates better-auth's tables in a new PGlite folder and inserts `count` accounts as email
 * sign-up, two-factor enable and verify would leave them (password account, TOTP secret and
 * backup codes encrypted under `secret`, `twoFactorEnabled`), each with the state email sign-in
 * leaves when a second factor is due: a `2fa-<id>` verification row naming the user, its
 * `2fa-attempts-` row at 0, and the two_factor cookie signed with `secret` (what better-call's
 * setSignedCookie writes). One scrypt hash serves all accounts: verify-totp never checks it.
 */
export async function seedBetterAuth(
  dataDir: string,
  secret: string,
  count: number,
): Promise<BetterAuthPendingSignIn[]> {
  const client = await PGlite.create({ dataDir });
  try {
    await client.exec(BETTER_AUTH_DDL);
    const db = drizzle({ client, schema });
    const passwordHash = await hashPassword(generateRandomString(24));
    const now = new Date();
    const expiresAt = new Date(now.getTime() + PENDING_FOR_MS);
    const pending: BetterAuthPendingSignIn[] = [];

    for (let start = 0; start < count; start += CHUNK) {
      const users: (typeof user.$inferInsert)[] = [];
      const accounts: (typeof account.$inferInsert)[] = [];
      const factors: (typeof twoFactor.$inferInsert)[] = [];
      const verifications: (typeof verification.$inferInsert)[] = [];
      for (let i = start; i < Math.min(start + CHUNK, count); i++) {
        const userId = generateId();
        // As /two-factor/enable makes them.
        const totpSecret = generateRandomString(32);
        const backupCodes = Array.from({ length: BACKUP_CODES }, () => {
          const code = generateRandomString(10, "a-z", "0-9", "A-Z");
          return `${code.slice(0, 5)}-${code.slice(5)}`;
        });
        // As the plugin's after-hook of /sign-in/email makes them.
        const identifier = `2fa-${generateRandomString(20)}`;
        const signature = await makeSignature(identifier, secret);

        users.push({
          id: userId,
          name: `Bench ${i}`,
          email: `bench-${i}@bench.invalid`,
          emailVerified: false,
          createdAt: now,
          updatedAt: now,
          twoFactorEnabled: true,
        });
        accounts.push({
          id: generateId(),
          accountId: userId,
          providerId: "credential",
          userId,
          password: passwordHash,
          createdAt: now,
          updatedAt: now,
        });
        factors.push({
          id: generateId(),
          secret: await symmetricEncrypt({ key: secret, data: totpSecret }),
          backupCodes: await symmetricEncrypt({ key: secret, data: JSON.stringify(backupCodes) }),
          userId,
          verified: true,
          failedVerificationCount: 0,
        });
        verifications.push(
          {
            id: generateId(),
            identifier,
            value: userId,
            expiresAt,
            createdAt: now,
            updatedAt: now,
          },
          {
            id: generateId(),
            identifier: `2fa-attempts-${identifier}`,
            value: "0",
            expiresAt,
            createdAt: now,
            updatedAt: now,
          },
        );
        pending.push({
          cookie: `${TWO_FACTOR_COOKIE}=${encodeURIComponent(`${identifier}.${signature}`)}`,
          totpKey: Buffer.from(totpSecret, "utf8").toString("hex"),
        });
      }
      await db.transaction(async (tx) => {
        await tx.insert(user).values(users);
        await tx.insert(account).values(accounts);
        await tx.insert(twoFactor).values(factors);
        await tx.insert(verification).values(verifications);
      });
    }
    return pending;
  } finally {
    await client.close();
  }
}
