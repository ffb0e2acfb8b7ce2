import { schema } from "@twofold/db";
import { asc, eq } from "drizzle-orm";
import type { Deps } from "../deps";
import type { Tx } from "../ports";
import { authenticatorModel } from "../webauthn/models";

/** The kinds of second factor. Each later factor adds its kind here. */
export const FACTOR_KINDS = ["totp", "webauthn", "push", "sms"] as const;
export type FactorKind = (typeof FACTOR_KINDS)[number];

/** What a sign-in may use after the password: the factors, plus backup codes when any are left. */
export type SecondFactorOption = FactorKind | "backup_code";

export interface Factor {
  id: string;
  kind: FactorKind;
  label: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  /** Security keys: the model when its AAGUID is known, and whether it is a passkey. */
  model: string | null;
  passkey: boolean;
  /** Authenticator devices: their platform and when they last talked to the server. */
  platform: string | null;
  lastSeenAt: Date | null;
  /** SMS: the number, masked ("+41 79 *** ** 67"). */
  phone: string | null;
}

export async function listFactors(
  deps: Pick<Deps, "db">,
  accountId: string,
  tx: Tx = deps.db,
): Promise<Factor[]> {
  const t = schema.factors;
  const w = schema.webauthnCredentials;
  const d = schema.devices;
  const rows = await tx
    .select({
      id: t.id,
      kind: t.kind,
      label: t.label,
      createdAt: t.createdAt,
      lastUsedAt: t.lastUsedAt,
      aaguid: w.aaguid,
      passkey: w.passkey,
      platform: d.platform,
      lastSeenAt: d.lastSeenAt,
      phone: schema.smsPhones.masked,
    })
    .from(t)
    .leftJoin(w, eq(w.factorId, t.id))
    .leftJoin(d, eq(d.factorId, t.id))
    .leftJoin(schema.smsPhones, eq(schema.smsPhones.factorId, t.id))
    .where(eq(t.accountId, accountId))
    .orderBy(asc(t.createdAt), asc(t.id));
  return rows.map(({ aaguid, passkey, ...r }) => ({
    ...r,
    kind: r.kind as FactorKind,
    model: aaguid ? authenticatorModel(aaguid) : null,
    passkey: passkey ?? false,
  }));
}

/** The options a pending sign-in offers, the preferred one first. */
export function secondFactorOptions(
  factors: readonly Factor[],
  preferred: string | null,
  backupCodesRemaining: number,
): { factors: SecondFactorOption[]; preferred: SecondFactorOption | null } {
  const kinds: SecondFactorOption[] = [...new Set(factors.map((f) => f.kind))];
  if (backupCodesRemaining > 0) kinds.push("backup_code");
  const first = kinds.find((k) => k === preferred) ?? kinds[0] ?? null;
  return { factors: kinds, preferred: first };
}
