import { type } from "node:os";
import { createApiClient, type ApiClient } from "@twofold/client";
import { version } from "../../package.json";

/**
 * How the terminal app names itself to the server: the sessions list shows its sign-ins as
 * "Twofold terminal on <system>" instead of an unknown client.
 */
export const USER_AGENT = `twofold-tui/${version} (${type()})`;

const fetchAsTerminal: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers);
  headers.set("user-agent", USER_AGENT);
  return fetch(input, { ...init, headers });
};

/** The typed client of `server`, sending the session token of `token()` and our User-Agent. */
export function createTerminalClient(server: string, token?: () => string | null): ApiClient {
  return createApiClient({
    url: `${server}/trpc`,
    fetch: fetchAsTerminal,
    ...(token && { token }),
  });
}
