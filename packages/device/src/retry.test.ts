import { describe, expect, it } from "vitest";
import { sendUntilDelivered } from "./retry";

class Offline extends Error {}

/** A send that fails on the network `failures` times, then succeeds. */
function flaky(failures: number) {
  let calls = 0;
  return {
    calls: () => calls,
    send: async () => {
      calls += 1;
      if (calls <= failures) throw new Offline("fetch failed");
      return { status: "approved" as const };
    },
  };
}

const base = {
  isNetworkError: (e: unknown) => e instanceof Offline,
  wait: async () => undefined,
};

describe("an answer that fails on the network", () => {
  it("is sent again until the server has it, saying it is retrying", async () => {
    const server = flaky(3);
    const retries: number[] = [];
    const pauses: number[] = [];
    const result = await sendUntilDelivered({
      ...base,
      send: server.send,
      isOver: () => false,
      onRetrying: (n) => retries.push(n),
      wait: async (ms) => void pauses.push(ms),
    });
    expect(result).toEqual({ kind: "sent", value: { status: "approved" } });
    expect(server.calls()).toBe(4);
    expect(retries).toEqual([1, 2, 3]);
    expect(pauses).toEqual([500, 1_000, 2_000]);
  });

  it("stops once the request is over (expired, cancelled or answered elsewhere)", async () => {
    const server = flaky(100);
    let over = false;
    const result = await sendUntilDelivered({
      ...base,
      send: server.send,
      isOver: () => over,
      onRetrying: (n) => (over = n >= 2),
    });
    expect(result).toEqual({ kind: "over" });
    expect(server.calls()).toBe(2);
  });

  it("does not try again what the server refused (its reason is kept)", async () => {
    const refusal = new Error("WRONG_NUMBER");
    const result = await sendUntilDelivered({
      ...base,
      send: async () => {
        throw refusal;
      },
      isOver: () => false,
      onRetrying: () => undefined,
    });
    expect(result).toEqual({ kind: "refused", error: refusal });
  });
});
