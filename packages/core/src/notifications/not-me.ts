import { createHmac } from "node:crypto";
import { endPendingRecovery } from "../account-recovery/status";
import { schema } from "@twofold/db";
import { and, eq, lte } from "drizzle-orm";
import { revokeAllAppPasswords, appPasswordsChanged } from "../app-passwords/manage";
import { constantTimeEqual } from "../crypto/tokens";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import type { RequestMeta } from "../ports";
import { recordEvent } from "../security-log/security-log";
import { forgetTrustedBrowsers } from "../trusted-browsers/trusted-browsers";
import { forgetRecentBrowsers } from "../account-recovery/recent-browsers";
import { undoNotMeEvent, type NotMeAbout } from "./not-me-about";

/** A "this wasn't me" link works this long after its email. */
export const NOT_ME_TTL_MS = 7 * 24 * 60 * 60 * 1000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DIGITS = /^\d{1,15}$/;

function sign(deps: Deps, payload: string): string {
  return createHmac("sha256", deps.keys.notMeLinks).update(payload, "utf8").digest("base64url");
}

/**
 * `<account id>.<expiry ms>.<event id>.<signature>`: signed, so nothing about it is stored. The
 * event is the change the email told of, which the link undoes where it can (`not-me-about.ts`).
 */
export function notMeToken(
  deps: Deps,
  link: { accountId: string; sentAt: Date; eventId: number },
): string {
  const payload = `${link.accountId}.${link.sentAt.getTime() + NOT_ME_TTL_MS}.${link.eventId}`;
  return `${payload}.${sign(deps, payload)}`;
}

interface NotMeLink {
  accountId: string;
  sentAt: Date;
  /** Null for the links mailed before they named their event. */
  eventId: number | null;
}

function readToken(deps: Deps, token: string): NotMeLink | null {
  const parts = token.split(".");
  const signature = parts.pop() ?? "";
  // Links mailed before they named their event have no event id.
  const [accountId = "", expiry = "", eventId] = parts;
  if (parts.length < 2 || parts.length > 3 || !UUID.test(accountId) || !DIGITS.test(expiry))
    return null;
  if (eventId !== undefined && !DIGITS.test(eventId)) return null;
  if (!constantTimeEqual(signature, sign(deps, parts.join(".")))) return null;
  if (Number(expiry) <= deps.clock.now().getTime()) return null;
  return {
    accountId,
    sentAt: new Date(Number(expiry) - NOT_ME_TTL_MS),
    eventId: eventId === undefined ? null : Number(eventId),
  };
}

/**
 * "This wasn't me", from a notification email: every session and trusted browser of the
 * account ends, every application password is revoked, the next sign-in asks for a new
 * password first, a pending account recovery is cancelled, and the change the email told of
 * is undone where it can be (`about`).
 * Whoever holds the link can do no more than that (it signs nobody in).
 */
export async function reportNotMe(
  deps: Deps,
  token: string,
  meta: RequestMeta,
): Promise<Result<{ sessionsEnded: number; about: NotMeAbout | null }, "LINK_INVALID">> {
  const link = readToken(deps, token);
  if (!link) return fail("LINK_INVALID");
  const { accountId } = link;
  const done = await deps.db.transaction(async (tx) => {
    const updated = await tx
      .update(schema.accounts)
      .set({ passwordChangeRequired: true })
      // Once the password has changed, the links of earlier emails are spent: nobody who
      // keeps one can sign the owner out again and again.
      .where(
        and(eq(schema.accounts.id, accountId), lte(schema.accounts.passwordChangedAt, link.sentAt)),
      )
      .returning({ id: schema.accounts.id });
    if (updated.length === 0) return fail("LINK_INVALID");
    const ended = await tx
      .delete(schema.sessions)
      .where(eq(schema.sessions.accountId, accountId))
      .returning({ id: schema.sessions.id });
    const about =
      link.eventId === null
        ? null
        : await undoNotMeEvent(deps, tx, { accountId, eventId: link.eventId, meta });
    await forgetTrustedBrowsers(tx, accountId);
    await forgetRecentBrowsers(deps, { tx, accountId });
    await revokeAllAppPasswords(deps, { tx, accountId, meta, because: "not_me" });
    // Someone else holds the password: a recovery they may have started ends too.
    await endPendingRecovery(deps, { tx, accountId, meta, from: "not_me" });
    await recordEvent(deps, {
      tx,
      accountId,
      type: "not_me_reported",
      meta,
      detail: {
        sessionsEnded: ended.length,
      },
    });
    return ok({ sessionsEnded: ended.length, about });
  });
  if (done.ok) appPasswordsChanged(deps, accountId);
  return done;
}
