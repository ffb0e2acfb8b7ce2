import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DeviceIdentity } from "@twofold/device/node";

/**
 * The approver's identity per server, in `device.json` (folder 0700, file 0600): it holds the
 * device's private key, which never leaves this file. Written by `twofold approve` when it
 * enrolls, and by the settings' "Use this terminal as an authenticator device"; the folder is
 * the one of the session tokens (`configDir`).
 */
export interface DeviceStore {
  get: () => DeviceIdentity | null;
  set: (identity: DeviceIdentity | null) => void;
  file: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

/** An identity as enrollment wrote it (a damaged or foreign entry is left out, not trusted). */
function isIdentity(value: unknown): value is DeviceIdentity {
  if (!isRecord(value)) return false;
  const strings = ["server", "deviceId", "account", "gatewayTicket", "offlineSecret"];
  return (
    strings.every((k) => typeof value[k] === "string") &&
    (value.gatewayUrl === null || typeof value.gatewayUrl === "string") &&
    isRecord(value.serverPublicKey) &&
    isRecord(value.keys) &&
    isRecord(value.keys.privateKey) &&
    isRecord(value.keys.publicKey)
  );
}

function readAll(file: string): Record<string, DeviceIdentity> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
    if (!isRecord(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((e): e is [string, DeviceIdentity] => isIdentity(e[1])),
    );
  } catch {
    return {};
  }
}

export function createDeviceStore(dir: string, server: string): DeviceStore {
  const file = join(dir, "device.json");
  return {
    file,
    get: () => readAll(file)[server] ?? null,
    set: (identity) => {
      const all = readAll(file);
      if (identity) all[server] = identity;
      else delete all[server];
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      chmodSync(dir, 0o700);
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, `${JSON.stringify(all, null, 2)}\n`, { mode: 0o600 });
      chmodSync(temporary, 0o600);
      renameSync(temporary, file);
    },
  };
}
