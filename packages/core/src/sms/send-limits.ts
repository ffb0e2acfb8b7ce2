import type { Deps } from "../deps";
import type { Failure } from "../errors";
import { addressKey } from "../limits/address";
import { release, reserve, type Reservation } from "../limits/windows";

/** Who a send is counted against: the number (by its keyed hash), the account and the address. */
export interface SendKeys {
  phoneHash: string;
  accountId: string;
  ip: string;
  /**
   * Codes to a number being added count apart from sign-in codes to a confirmed number: adding
   * someone else's number must not use up the owner's sign-in codes. A recovery number being
   * verified counts as a number being added.
   */
  purpose: "sign_in" | "enrollment" | "recovery_phone" | "account_recovery";
}

/** Reserves one send against every limit at once: per number, account, IP address and in total. */
export async function reserveSend(
  deps: Deps,
  keys: SendKeys,
): Promise<Reservation | Failure<"RATE_LIMITED">> {
  const { limits } = deps.config.sms;
  const number = keys.purpose === "sign_in" ? "sms-number" : "sms-enroll-number";
  return reserve(
    deps,
    [
      ["sms-all", limits.total],
      [`sms-account:${keys.accountId}`, limits.perAccount],
      [`sms-ip:${addressKey(keys.ip)}`, limits.perIp],
      [`${number}:${keys.phoneHash}`, limits.perNumber],
    ],
    limits.windowMs,
  );
}

/** Gives a reservation back when the provider did not take the message. */
export const releaseSend = release;
