// Shared by the gateway tests: servers, gateways and devices, stopped after each file.
import { randomBytes } from "node:crypto";
import { createApiClient } from "@twofold/client";
import type { PushRequestView } from "@twofold/push-protocol";
import {
  startGatewayFor,
  type RunningGateway,
  type RunningServer,
  confirmedSignUp,
} from "@twofold/test-stack";
import { connectGateway, enrollDevice, type DeviceIdentity } from "../src/node";

/** What a test started, stopped by `cleanUp()` in its file's afterAll, last first. */
export const cleanups: (() => Promise<void> | void)[] = [];

export async function cleanUp(): Promise<void> {
  for (const c of cleanups.reverse()) await c();
  cleanups.length = 0;
}

/** A server as these helpers use it: its address (in-process or a built process). */
type Reachable = Pick<RunningServer, "url">;

export function bearer(server: Reachable) {
  let token: string | null = null;
  const api = createApiClient({ url: `${server.url}/trpc`, token: () => token });
  return { api, keep: (t?: string | null) => (token = t ?? token) };
}

export async function gatewayFor(
  server: RunningServer,
  redisUrl?: string,
): Promise<RunningGateway> {
  const gateway = await startGatewayFor(server.url, { ...(redisUrl && { redisUrl }) });
  cleanups.push(() => gateway.close());
  return gateway;
}

/**
 * Signs up on `server` (confirming the address from `mailOutbox`, the server's mail outbox),
 * enrolls a device there; returns the device and its account.
 */
export async function accountWithDevice(server: Reachable, mailOutbox: string) {
  const email = `gw.${Date.now()}.${randomBytes(2).toString("hex")}@example.ch`;
  const password = "pushed through a gateway";
  const owner = bearer(server);
  owner.keep(await confirmedSignUp(owner.api, mailOutbox, { email, password }));
  const start = await owner.api.push.beginDeviceEnrollment.mutate({ label: "Phone" });
  const deviceApi = createApiClient({ url: `${server.url}/trpc` });
  const identity = await enrollDevice(deviceApi, server.url, {
    enrollmentCode: start.enrollmentCode,
    name: "Phone",
    platform: "test",
  });
  return { email, password, identity, deviceApi };
}

export function listen(identity: DeviceIdentity) {
  const received: PushRequestView[] = [];
  let connected = 0;
  const connection = connectGateway(identity, {
    onRequest: (r) => received.push(r),
    onState: (s) => (connected += s === "connected" ? 1 : 0),
  });
  cleanups.push(() => connection.close());
  return { received, connections: () => connected };
}

export const until = async (check: () => boolean, ms = 5_000): Promise<boolean> => {
  for (let t = 0; t < ms && !check(); t += 20) await new Promise((r) => setTimeout(r, 20));
  return check();
};
