// The soak's people, each made through the API as a person would: an OTP app (its backup
// codes), a mobile number, an authenticator device connected to the gateway, and an
// application password for mail.
import { randomBytes } from "node:crypto";
import { createApiClient, type ApiClient } from "@twofold/client";
import { readOutbox } from "@twofold/core";
import {
  connectGateway,
  enrollDevice,
  pendingRequests,
  type DeviceIdentity,
} from "@twofold/device/node";
import { generateSync } from "otplib";
import { waitForSignUpCode } from "@twofold/test-stack/sign-up";
import type { Caller } from "./calls";

export const PASSWORD = "a soak of ten minutes";

export interface Person {
  index: number;
  email: string;
  /** A full session kept from the sign-up: the settings changes use it. */
  token: string;
  /** The OTP app's secret (base32). */
  totpSecret: string;
  /** The last 30 s step whose code was spent (a code works once per step). */
  lastStep: number;
  backupCodes: string[];
  phone: string;
  appPassword: string;
  device: DeviceIdentity;
  api: ApiClient;
  busy: boolean;
}

/** Push requests the devices received: request id -> when (performance.now()). */
export const received = new Map<string, number>();

const STEP_MS = 30_000;
export const stepAt = (ms: number): number => Math.floor(ms / STEP_MS);
/** The OTP app's code for a base32 secret at `ms` (now). */
export const totpCode = (secret: string, ms = Date.now()): string =>
  generateSync({ secret, epoch: Math.floor(ms / 1000) });

/** The code of the latest text to `phone` sent at or after `since` (ISO), when there is one. */
export async function smsCodeFor(
  outbox: string,
  phone: string,
  since: string,
): Promise<string | null> {
  const entries = await readOutbox(outbox, 200);
  const mine = entries.filter((e) => e.to === phone && e.sentAt >= since).at(-1);
  return /\b(\d{6})\b/.exec(mine?.body ?? "")?.[1] ?? null;
}

/** A random client address in 198.18.0.0/15 (benchmarking): no per-address limit is shared. */
export function randomIp(): string {
  const b = randomBytes(3);
  return `198.${18 + ((b[0] ?? 0) & 1)}.${b[1] ?? 0}.${b[2] ?? 1}`;
}

async function makePerson(
  url: string,
  caller: Caller,
  context: { index: number; outbox: string; mailOutbox: string },
): Promise<Person> {
  const { index } = context;
  const ip = randomIp();
  const email = `soak-${index}-${randomBytes(3).toString("hex")}@example.ch`;
  await caller.trpc("auth.signUp", { email, password: PASSWORD }, { ip });
  const signedUp = await caller.trpc<{ token: string }>(
    "auth.verifyEmail",
    { email, code: await waitForSignUpCode(context.mailOutbox, email), tokenInBody: true },
    { ip },
  );
  const token = signedUp.token;
  const at = { ip, token };
  const enrollment = await caller.trpc<{ enrollmentId: string; otpauthUri: string }>(
    "totp.beginEnrollment",
    { label: "Phone app" },
    at,
  );
  const secret = new URL(enrollment.otpauthUri).searchParams.get("secret") ?? "";
  const confirmed = await caller.trpc<{ backupCodes?: string[] }>(
    "totp.confirmEnrollment",
    { enrollmentId: enrollment.enrollmentId, code: totpCode(secret) },
    at,
  );
  const phone = `+4179${String(1_000_000 + index).slice(-7)}`;
  const since = new Date().toISOString();
  const added = await caller.trpc<{ phoneId: string }>("sms.addPhone", { phone }, at);
  const code = await smsCodeFor(context.outbox, phone, since);
  await caller.trpc("sms.confirmPhone", { phoneId: added.phoneId, code: code ?? "" }, at);
  const begun = await caller.trpc<{ enrollmentCode: string }>(
    "push.beginDeviceEnrollment",
    { label: "Phone" },
    at,
  );
  const api = createApiClient({ url: `${url}/trpc` });
  const device = await enrollDevice(api, url, {
    enrollmentCode: begun.enrollmentCode,
    name: "Phone",
    platform: "soak",
  });
  const hold = (requestId: string): void => void received.set(requestId, performance.now());
  let connections = 0;
  connectGateway(device, {
    onRequest: (r) => hold(r.requestId),
    // As an authenticator app does: back on the gateway, it asks for what it missed.
    onState: (state) => {
      if (state !== "connected" || (connections += 1) === 1) return;
      pendingRequests(api, device).then(
        (requests) => requests.forEach((r) => hold(r.requestId)),
        () => undefined,
      );
    },
  });
  const created = await caller.trpc<{ password: string }>(
    "appPasswords.create",
    { name: "Mail", scopes: ["mail"] },
    at,
  );
  return {
    index,
    email,
    token,
    totpSecret: secret,
    lastStep: stepAt(Date.now()),
    backupCodes: confirmed.backupCodes ?? [],
    phone,
    appPassword: created.password,
    device,
    api,
    busy: false,
  };
}

/** Makes `count` people, a few at a time. */
export async function makePeople(
  url: string,
  caller: Caller,
  options: { count: number; outbox: string; mailOutbox: string },
): Promise<Person[]> {
  const people: Person[] = [];
  for (let start = 0; start < options.count; start += 8) {
    const batch = Array.from({ length: Math.min(8, options.count - start) }, (_, i) =>
      makePerson(url, caller, {
        index: start + i,
        outbox: options.outbox,
        mailOutbox: options.mailOutbox,
      }),
    );
    people.push(...(await Promise.all(batch)));
  }
  return people;
}
