import { bigint, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { accountId } from "./account-id";
import { at } from "./columns";
import { securityEvents } from "./security-log";

/**
 * An account's recovery contacts: an outside email address and a mobile number, each verified
 * by a code sent to it. Personal, not secret: sealed (AES-256-GCM, bound to the account id) and
 * shown only masked. A new address or number waits in `pending_*` for its code while the
 * verified one stays in force. One row per account.
 */
export const recoveryContacts = pgTable("recovery_contacts", {
  accountId: accountId().primaryKey(),
  /** The verified recovery address (normalised), sealed; null: none. */
  addressSealed: text("address_sealed"),
  /** "t•••@example.net" */
  addressMasked: text("address_masked"),
  addressVerifiedAt: at("address_verified_at"),
  /** The address waiting for its code (the code itself is in emailed_secrets). */
  pendingAddressSealed: text("pending_address_sealed"),
  pendingAddressMasked: text("pending_address_masked"),
  /** The verified recovery mobile (E.164), sealed; null: none. */
  phoneSealed: text("phone_sealed"),
  /** "+41 79 *** ** 67" */
  phoneMasked: text("phone_masked"),
  /** HMAC of the E.164 number (the SMS send limits count per number without reading it). */
  phoneHash: text("phone_hash"),
  phoneVerifiedAt: at("phone_verified_at"),
  /** The number waiting for its SMS code; the code is in sms_codes under `pending_phone_id`. */
  pendingPhoneId: uuid("pending_phone_id"),
  pendingPhoneSealed: text("pending_phone_sealed"),
  pendingPhoneMasked: text("pending_phone_masked"),
});

/**
 * Who else receives the email about a security event, besides the account's sign-in address
 * (a recovery address that was changed or removed, a new one): the addresses sealed together
 * (a JSON array, bound to the account id), read by the mail worker when it sends.
 */
export const mailRecipients = pgTable("mail_recipients", {
  eventId: bigint("event_id", { mode: "number" })
    .primaryKey()
    .references(() => securityEvents.id, { onDelete: "cascade" }),
  accountId: accountId(),
  addressesSealed: text("addresses_sealed").notNull(),
});
