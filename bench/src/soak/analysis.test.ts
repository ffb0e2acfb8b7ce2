// The soak's verdicts from its samples: what a fault cost, and when the system was back.
import { describe, expect, it } from "vitest";
import { analyse, type Fault } from "./analysis";
import type { Sample } from "./calls";

/** One request every 100 ms from `from` to `to` (seconds), taking `ms`, ending `outcome`. */
function steady(from: number, to: number, ms: number, outcome = "ok"): Sample[] {
  return Array.from({ length: (to - from) * 10 }, (_, i) => ({
    at: from * 1000 + i * 100,
    ms,
    outcome,
    what: "auth.signIn",
    request: true,
  }));
}

const fault = (name: string, atS: number): Fault => ({ name, at: atS * 1000, notes: [] });

describe("the soak's analysis", () => {
  it("counts errors by reason, lost and 500 apart, and when each fault healed", () => {
    const samples = [
      ...steady(0, 30, 20),
      // The restart: 500s and refused sockets for 3 s, slow for 2 more, then normal.
      ...steady(30, 32, 20, "HTTP_500"),
      ...steady(32, 33, 0, "LOST"),
      ...steady(33, 35, 50),
      ...steady(35, 60, 20),
      // The gateway: pushes never reach a device again.
      ...steady(60, 90, 20),
      // Waits end 10 s after they start: the first started before the gateway died.
      ...Array.from({ length: 30 }, (_, i) => ({
        at: 55_000 + i * 1000,
        ms: 10_000,
        outcome: "PUSH_NOT_DELIVERED",
        what: "push delivery",
        request: false,
      })),
    ];
    const figures = analyse(samples, [fault("restart", 30), fault("gateway", 60)], 90_000);
    expect(figures.errorsByReason).toEqual({ HTTP_500: 20, LOST: 10, PUSH_NOT_DELIVERED: 30 });
    expect(figures.lost).toBe(10);
    expect(figures.http500).toBe(20);
    expect(figures.recovery).toEqual([
      { fault: "restart", failingForS: 3, p99AfterMs: 20, met: true },
      { fault: "gateway", failingForS: null, p99AfterMs: 20, met: false },
    ]);
    // A wait is no request: the 10 s a push waited in vain is not a latency.
    expect(figures.p99Ms).toEqual({ before: 20, during: 50, after: 20 });
  });
});
