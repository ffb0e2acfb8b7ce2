import type { Outputs } from "./api";
import type { Scope } from "./app-passwords";

export type SyncServers = Outputs["appPasswords"]["servers"];
export type SyncServer = SyncServers["servers"][number];

/** The servers a password of these scopes opens, in the server's order. */
export function serversFor(servers: readonly SyncServer[], scopes: readonly Scope[]): SyncServer[] {
  return servers.filter((server) => scopes.includes(server.scope));
}

/**
 * Whether the browser runs on an Apple device, where a configuration profile installs. iPadOS
 * says "Macintosh"; the profile is offered to everyone anyway, this only words the note.
 */
export function onAppleDevice(userAgent: string): boolean {
  return /iPhone|iPad|iPod|Macintosh|Mac OS X/.test(userAgent);
}
