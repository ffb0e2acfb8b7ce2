// Test helpers: an authenticator device as the device client makes one (WebCrypto P-256).
import {
  answerPayload,
  pollPayload,
  removePayload,
  statusPayload,
  type PushDecision,
  type PushRequestView,
} from "@twofold/push-protocol";
import type { webcrypto } from "node:crypto";
import { must, TEST_META, TEST_PASSWORD, uniqueEmail, type TestEngine } from "./engine";
import type { IssuedSession } from "../src/sessions/sessions";
import { signedUpPerson } from "./sign-up";

const { subtle } = globalThis.crypto;
const ECDSA = { name: "ECDSA", namedCurve: "P-256" } as const;

export interface SoftDevice {
  deviceId: string;
  privateKey: webcrypto.CryptoKey;
  publicKey: Record<string, string>;
  sign: (payload: string) => Promise<string>;
  answer: (
    requestId: string,
    decision: PushDecision,
    number: number | null,
  ) => Promise<{
    requestId: string;
    deviceId: string;
    decision: PushDecision;
    number: number | null;
    signature: string;
  }>;
  /** Signs an answer and sends it, as the device app does when its owner taps. */
  respond: (
    engine: TestEngine,
    requestId: string,
    decision: PushDecision,
    number: number | null,
  ) => ReturnType<TestEngine["twofold"]["push"]["answer"]>;
  poll: (engine: TestEngine) => Promise<PushRequestView[]>;
  /** device.status's input, signed now (by the engine's clock). */
  signedStatus: (
    engine: TestEngine,
    requestId: string,
  ) => Promise<{ deviceId: string; requestId: string; at: string; signature: string }>;
  /** device.remove's input, signed now (by the engine's clock). */
  signedRemove: (
    engine: TestEngine,
  ) => Promise<{ deviceId: string; at: string; signature: string }>;
}

export async function softDeviceKeys(): Promise<{
  privateKey: webcrypto.CryptoKey;
  publicKey: Record<string, string>;
}> {
  const pair = await subtle.generateKey(ECDSA, true, ["sign", "verify"]);
  const jwk = await subtle.exportKey("jwk", pair.publicKey);
  return {
    privateKey: pair.privateKey,
    publicKey: { kty: jwk.kty ?? "", crv: jwk.crv ?? "", x: jwk.x ?? "", y: jwk.y ?? "" },
  };
}

export function softDevice(
  deviceId: string,
  keys: { privateKey: webcrypto.CryptoKey; publicKey: Record<string, string> },
): SoftDevice {
  const sign = async (payload: string): Promise<string> =>
    Buffer.from(
      await subtle.sign(
        { name: "ECDSA", hash: "SHA-256" },
        keys.privateKey,
        new TextEncoder().encode(payload),
      ),
    ).toString("base64url");
  const answer: SoftDevice["answer"] = async (requestId, decision, number) => ({
    requestId,
    deviceId,
    decision,
    number,
    signature: await sign(answerPayload({ requestId, decision, number, deviceId })),
  });
  return {
    deviceId,
    ...keys,
    sign,
    answer,
    respond: async (engine, requestId, decision, number) =>
      engine.twofold.push.answer(await answer(requestId, decision, number), TEST_META),
    signedStatus: async (engine, requestId) => {
      const at = engine.clock.now().toISOString();
      return {
        deviceId,
        requestId,
        at,
        signature: await sign(statusPayload(deviceId, requestId, at)),
      };
    },
    signedRemove: async (engine) => {
      const at = engine.clock.now().toISOString();
      return { deviceId, at, signature: await sign(removePayload(deviceId, at)) };
    },
    poll: async (engine) => {
      const at = engine.clock.now().toISOString();
      return must(
        await engine.twofold.push.pending({
          deviceId,
          at,
          signature: await sign(pollPayload(deviceId, at)),
        }),
      );
    },
  };
}

export interface PersonWithDevice {
  email: string;
  accountId: string;
  device: SoftDevice;
  backupCodes: string[];
  session: IssuedSession;
  /** The seed of the device's offline codes (base32), as the device received it. */
  offlineSecret: string;
}

/** Enrolls one more device on an account (the settings page's code, typed into it). */
export async function addDevice(
  engine: TestEngine,
  accountId: string,
  name: string,
): Promise<SoftDevice> {
  const account = await engine.twofold.accounts.get(accountId);
  if (!account) throw new Error("account missing");
  const start = await engine.twofold.push.beginDeviceEnrollment(account, name);
  const keys = await softDeviceKeys();
  const enrolled = must(
    await engine.twofold.push.enrollDevice(
      {
        enrollmentCode: start.enrollmentCode,
        publicKey: keys.publicKey,
        algorithm: "ES256",
        name,
        platform: "android",
      },
      TEST_META,
    ),
  );
  return softDevice(enrolled.deviceId, keys);
}

/** Signs up and enrolls a device as the first factor, as the settings page and a device would. */
export async function personWithDevice(engine: TestEngine): Promise<PersonWithDevice> {
  const { twofold } = engine;
  const email = uniqueEmail("device");
  const session = await signedUpPerson(engine, { email, password: TEST_PASSWORD }, TEST_META);
  const account = await twofold.accounts.get(session.session.accountId);
  if (!account) throw new Error("account missing");
  const start = await twofold.push.beginDeviceEnrollment(account, "Work laptop");
  const keys = await softDeviceKeys();
  const enrolled = must(
    await twofold.push.enrollDevice(
      {
        enrollmentCode: start.enrollmentCode,
        publicKey: keys.publicKey,
        algorithm: "ES256",
        name: "Terminal",
        platform: "linux",
      },
      TEST_META,
    ),
  );
  const status = must(await twofold.push.enrollmentStatus(account.id, start.enrollmentId));
  return {
    email,
    accountId: account.id,
    device: softDevice(enrolled.deviceId, keys),
    backupCodes: status.status === "done" ? (status.backupCodes ?? []) : [],
    session,
    offlineSecret: enrolled.offlineSecret,
  };
}
