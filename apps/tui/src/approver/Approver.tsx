import { useState } from "react";
import type { ReactNode } from "react";
import type { ApiClient } from "@twofold/client";
import type { DeviceIdentity } from "@twofold/device/node";
import type { DeviceStore } from "../lib/device-store";
import { Enroll } from "./Enroll";
import { Waiting } from "./Waiting";

const POLL_MS = 2_000;

/**
 * `twofold approve`: this terminal is an authenticator device. It enrolls once (with the code
 * from the settings, or from the terminal's own settings, which store the identity here), then
 * waits for sign-in requests and asks "Is this you?".
 */
export function Approver({
  api,
  server,
  store,
  pollMs = POLL_MS,
  noticeMs,
}: {
  api: ApiClient;
  server: string;
  store: DeviceStore;
  pollMs?: number;
  /** How long the last notice stays (default 5 s). */
  noticeMs?: number;
}): ReactNode {
  const [identity, setIdentity] = useState<DeviceIdentity | null>(store.get);
  return identity ? (
    <Waiting
      api={api}
      identity={identity}
      pollMs={pollMs}
      noticeMs={noticeMs}
      onForget={() => (store.set(null), setIdentity(null))}
    />
  ) : (
    <Enroll
      api={api}
      server={server}
      onEnrolled={(id) => {
        store.set(id);
        setIdentity(id);
      }}
    />
  );
}
