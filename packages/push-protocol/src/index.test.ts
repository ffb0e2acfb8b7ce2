import { describe, expect, it } from "vitest";
import { answerPayload, requestPayload } from "./index";

describe("the signed payloads", () => {
  it("name their purpose and version, so one can never be replayed as the other", () => {
    const answer = answerPayload({
      requestId: "r",
      decision: "approve",
      number: 42,
      deviceId: "d",
    });
    expect(JSON.parse(answer)).toEqual(["twofold/push-answer/v1", "r", "approve", 42, "d"]);
    const request = requestPayload({
      requestId: "r",
      account: "a@b.ch",
      ip: "1.2.3.4",
      userAgent: "UA",
      place: "Zurich, CH",
      createdAt: "t0",
      expiresAt: "t1",
    });
    expect((JSON.parse(request) as unknown[])[0]).toBe("twofold/push-request/v2");
  });

  it("sign the place of a request (v2), so a device shows no place the server did not say", () => {
    const base = {
      requestId: "r",
      account: "a@b.ch",
      ip: "129.132.1.1",
      userAgent: "UA",
      createdAt: "t0",
      expiresAt: "t1",
    };
    const zurich = requestPayload({ ...base, place: "Zurich, CH" });
    expect(JSON.parse(zurich)).toEqual([
      "twofold/push-request/v2",
      "r",
      "a@b.ch",
      "129.132.1.1",
      "UA",
      "Zurich, CH",
      "t0",
      "t1",
    ]);
    expect(requestPayload({ ...base, place: "Bern, CH" })).not.toBe(zurich);
    expect(requestPayload({ ...base, place: null })).not.toBe(zurich);
    expect((JSON.parse(requestPayload({ ...base, place: null })) as unknown[])[5]).toBeNull();
  });

  it("keep each field apart (no two answers sign the same bytes)", () => {
    const a = answerPayload({ requestId: "r1", decision: "deny", number: null, deviceId: "d" });
    const b = answerPayload({ requestId: "r", decision: "deny", number: null, deviceId: "1d" });
    expect(a).not.toBe(b);
  });
});
