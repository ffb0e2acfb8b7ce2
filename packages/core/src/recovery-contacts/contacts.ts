import type { Deps } from "../deps";
import { openFor, readContacts } from "./store";

/** The verified recovery contacts, opened: what recovery and its announcements send to. */
export interface RecoveryContacts {
  email: string | null;
  phone: { e164: string; masked: string } | null;
}

/** The account's verified recovery address and mobile (one waiting for its code is not one). */
export async function recoveryContacts(
  deps: Pick<Deps, "db" | "keys">,
  accountId: string,
): Promise<RecoveryContacts> {
  const row = await readContacts(deps, accountId);
  return {
    email: row?.addressSealed ? openFor(deps, accountId, row.addressSealed) : null,
    phone:
      row?.phoneSealed && row.phoneMasked
        ? { e164: openFor(deps, accountId, row.phoneSealed), masked: row.phoneMasked }
        : null,
  };
}

/** What the settings show: every contact masked, and what waits for its code. */
export interface RecoveryContactsView {
  address: string | null;
  pendingAddress: string | null;
  phone: string | null;
  pendingPhone: string | null;
}

export async function recoveryContactsView(
  deps: Pick<Deps, "db">,
  accountId: string,
): Promise<RecoveryContactsView> {
  const row = await readContacts(deps, accountId);
  return {
    address: row?.addressSealed ? row.addressMasked : null,
    pendingAddress: row?.pendingAddressSealed ? row.pendingAddressMasked : null,
    phone: row?.phoneSealed ? row.phoneMasked : null,
    pendingPhone: row?.pendingPhoneId ? row.pendingPhoneMasked : null,
  };
}
