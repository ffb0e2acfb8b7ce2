import { closedPort } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { createApiClient, problemOf } from "./index";

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
