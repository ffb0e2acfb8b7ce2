import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DeviceIdentity } from "@twofold/device/node";

/**
 * The approver's identity per server, in `device.json` (folder 0700, file 0600): it holds the
 * device's private key, which never leaves this file.
 */
export interface DeviceStore {
  get: () => DeviceIdentity | null;
  set: (identity: DeviceIdentity | null) => void;
  file: string;
}

function readAll(file: string): Record<string, DeviceIdentity> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
    return typeof parsed === "object" && parsed !== null
      ? (parsed as Record<string, DeviceIdentity>)
      : {};
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
