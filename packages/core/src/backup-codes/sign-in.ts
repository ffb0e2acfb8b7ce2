import { sql } from "drizzle-orm";
import type { Deps } from "../deps";
import { ok } from "../errors";
import type { RequestMeta } from "../ports";
import { completeSignInCheckedFirst, type SignedIn } from "../sessions/second-factor";
import type { Session } from "../sessions/sessions";
import {
  findBackupCode,
  remainingBackupCodes,
  spendBackupCode,
  type BackupCodeCheckReason,
} from "./backup-codes";
import { normalizeBackupCode } from "./codes";

/**
 * A backup code typed at sign-in. Finding it writes nothing, so it is checked first
 * (`completeSignInCheckedFirst`); it is spent by the statement that activates the session,
 * which also logs how many remain. The result says how many are left.
 */
export async function verifyBackupCodeSignIn(
  deps: Deps,
  session: Session,
  code: string,
  meta: RequestMeta,
): Promise<SignedIn<{ remaining: number }, BackupCodeCheckReason>> {
  const done = await completeSignInCheckedFirst(deps, {
    session,
    scope: "backup_code",
    meta,
    wellFormed: normalizeBackupCode(code) !== null,
    find: async () => {
      const r = await findBackupCode(deps, session.accountId, code);
      if (!r.ok) return r;
      // Counted in the statement's snapshot, before this code is spent: one fewer remain.
      const remainingAfter = sql`jsonb_build_object('remaining', (
      select count(*)::int - 1 from backup_codes
       where account_id = ${session.accountId} and used_at is null))`;
      return ok({
        spend: spendBackupCode(deps, r.value.id),
        factorId: null,
        detail: {},
        alsoLog: { type: "backup_code_used", detail: remainingAfter },
      });
    },
  });
  if (!done.ok) return done;
  const remaining = await remainingBackupCodes(deps, session.accountId);
  const { factorId: _none, ...issued } = done.value;
  return ok({ ...issued, result: { remaining } });
}
