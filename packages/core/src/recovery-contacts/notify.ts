import { schema } from "@twofold/db";
import type { Deps } from "../deps";
import type { RequestMeta, Tx } from "../ports";
import { recordEvent, type SecurityEventType } from "../security-log/security-log";
import { sealFor } from "./store";

/**
 * Records a change of a recovery contact in the security log (in `tx`, with the change) and
 * names who else must hear of it: the log worker queues its email as for every security
 * change (to the sign-in address), and the mail worker also sends it to `alsoTo` (the old
 * recovery address, the new one). The addresses are sealed for the account, never in the log.
 */
export async function recordContactChange(
  deps: Pick<Deps, "db" | "clock" | "keys" | "random">,
  change: {
    tx: Tx;
    accountId: string;
    type: SecurityEventType;
    meta: RequestMeta;
    detail: Record<string, string>;
    alsoTo: (string | null)[];
  },
): Promise<void> {
  const { tx, accountId, type, meta, detail } = change;
  const eventId = await recordEvent(deps, { accountId, type, meta, detail, tx });
  const addresses = [...new Set(change.alsoTo.filter((a): a is string => a !== null))];
  if (addresses.length === 0) return;
  await tx.insert(schema.mailRecipients).values({
    eventId,
    accountId,
    addressesSealed: sealFor(deps, accountId, JSON.stringify(addresses)),
  });
}
