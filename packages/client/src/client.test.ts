import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { createApiClient, problemOf } from "./index";

/** A port that was free a moment ago: nothing listens there. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== "object" || !address) throw new Error("no port");
  return address.port;
}

describe("problemOf", () => {
  it("names a server that cannot be reached NETWORK, not an internal error", async () => {
    const api = createApiClient({ url: `http://127.0.0.1:${await closedPort()}/trpc` });
    const error: unknown = await api.auth.me.query().catch((e: unknown) => e);
    expect(problemOf(error)).toEqual({ reason: "NETWORK" });
  });

  it("keeps anything else that is not an API answer apart from NETWORK", () => {
    expect(problemOf(new Error("boom"))).toEqual({ reason: "INTERNAL_ERROR" });
  });
});
