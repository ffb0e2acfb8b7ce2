// Test helpers: a local SMS provider (Twilio's API over HTTP) and a person with a phone number.
import { startSmsProvider, type SmsProviderServer } from "@twofold/testing";
import { afterAll, beforeAll } from "vitest";
import { DEFAULT_CONFIG } from "../src/config";
import { must, TEST_META, TEST_PASSWORD, uniqueEmail, type TestEngine } from "./engine";
import type { RequestMeta } from "../src/ports";
import type { SmsSender } from "../src/sms/sender";
import { twilioSender } from "../src/sms/senders/twilio";
import { signedUpPerson } from "./sign-up";

/** A provider server for the whole test file (a real HTTP server on loopback). */
export function useSmsProvider(): SmsProviderServer {
  let provider: SmsProviderServer | undefined;
  beforeAll(async () => {
    provider = await startSmsProvider();
  });
  afterAll(async () => {
    await provider?.close();
  });
  return new Proxy({} as SmsProviderServer, {
    get(_target, property) {
      if (!provider) throw new Error("the SMS provider is used before beforeAll started it");
      // The server's methods are closures: they need no `this`.
      return provider[property as keyof SmsProviderServer];
    },
  });
}

/** Twofold's Twilio adapter, pointed at the local provider. */
export function senderFor(provider: SmsProviderServer): SmsSender {
  return twilioSender({ ...provider.twilio, from: "Twofold", baseUrl: provider.url });
}

let numbers = 0;
/** A Swiss mobile number no other test uses (+41 79 ...). */
export function uniqueMobile(): string {
  numbers += 1;
  const n = (process.pid * 1000 + numbers) % 10_000_000;
  return `+4179${String(n).padStart(7, "0")}`;
}

export interface PersonWithPhone {
  email: string;
  accountId: string;
  phone: string;
  factorId: string;
  backupCodes: string[];
}

/** Signs up and adds a mobile number as its first factor, confirmed by the code it received. */
export async function personWithPhone(
  engine: TestEngine,
  provider: SmsProviderServer,
  phone = uniqueMobile(),
  meta: RequestMeta = TEST_META,
): Promise<PersonWithPhone> {
  const { twofold } = engine;
  const email = uniqueEmail("sms");
  const session = await signedUpPerson(engine, { email, password: TEST_PASSWORD }, meta);
  const { accountId } = session.session;
  const added = must(await twofold.sms.addPhone(accountId, { phone }, meta));
  const confirmed = must(
    await twofold.sms.confirmPhone(
      accountId,
      { phoneId: added.phoneId, code: provider.lastCode(phone) },
      meta,
    ),
  );
  return {
    email,
    accountId,
    phone,
    factorId: confirmed.id,
    backupCodes: confirmed.backupCodes ?? [],
  };
}

/** Send limits out of the way, for tests that are not about them (they share one address). */
export const GENEROUS_SMS_LIMITS = {
  sms: { ...DEFAULT_CONFIG.sms, limits: { ...DEFAULT_CONFIG.sms.limits, perIp: 1000 } },
};
