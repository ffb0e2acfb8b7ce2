import { schema } from "@twofold/db";
import { and, eq } from "drizzle-orm";
import type { Deps } from "../deps";
import type { RequestMeta, Tx } from "../ports";
import { FACTOR_KINDS, type FactorKind } from "../two-factor/factors";
import { removeFactorIn } from "../two-factor/manage";

/**
 * What "this wasn't me" did about the change its email told of, beyond ending every session,
 * forgetting trusted browsers and revoking application passwords; or, for a removal it cannot
 * undo itself, what the person does to put the thing back.
 * - `factor_removed`: the method that was added is removed (the attacker's way back in, or
 *   their way to lock the owner out). Two-step stays on with the owner's other methods and
 *   backup codes; when it was the only method, two-step is off again, as before it was added.
 * - `app_password_revoked`: the application password that was created no longer works (every
 *   application password is revoked by "this wasn't me").
 * - `add_factor_again` / `turn_on_two_step_again`: a method was removed or two-step turned
 *   off; the secrets are gone, so only the owner can set it up again (after the new password).
 */
export type NotMeAbout =
  | { action: "factor_removed"; factorKind: FactorKind; label: string; twoFactorEnabled: boolean }
  | { action: "app_password_revoked"; name: string }
  | { action: "add_factor_again"; factorKind: FactorKind; label: string }
  | { action: "turn_on_two_step_again" };

/** Acts on the event a "this wasn't me" link was sent for, in the caller's transaction. */
export async function undoNotMeEvent(
  deps: Deps,
  tx: Tx,
  options: { accountId: string; eventId: number; meta: RequestMeta },
): Promise<NotMeAbout | null> {
  const { accountId, eventId, meta } = options;
  const e = schema.securityEvents;
  const [event] = await tx
    .select({ type: e.type, detail: e.detail })
    .from(e)
    .where(and(eq(e.id, eventId), eq(e.accountId, accountId)));
  if (!event) return null;
  const text = (key: string): string => {
    const value = event.detail[key];
    return typeof value === "string" ? value : "";
  };
  switch (event.type) {
    case "factor_added":
    case "two_factor_enabled": {
      // Events written before they carried the factor's id name no factor: nothing to remove.
      const factorId = text("factorId");
      if (factorId === "") return null;
      const removed = await removeFactorIn(deps, tx, {
        accountId,
        factorId,
        meta,
        detail: { because: "not_me" },
      });
      if (!removed) return null;
      return {
        action: "factor_removed",
        factorKind: removed.kind,
        label: removed.label,
        twoFactorEnabled: removed.twoFactorEnabled,
      };
    }
    case "app_password_created":
      return { action: "app_password_revoked", name: text("name") };
    case "factor_removed": {
      // Removed by "this wasn't me" itself: nothing the owner wants back.
      if (text("because") === "not_me") return null;
      const factorKind = FACTOR_KINDS.find((k) => k === text("kind"));
      return factorKind ? { action: "add_factor_again", factorKind, label: text("label") } : null;
    }
    case "two_factor_disabled":
      return { action: "turn_on_two_step_again" };
    default:
      return null;
  }
}
