import { describe, expect, it } from "vitest";
import { isIpAddressHost, isLoopbackHost, keyProblemOf } from "./webauthn";

describe("keyProblemOf", () => {
  it("names the browser's refusals for the sentence to show", () => {
    const named = (name: string) => keyProblemOf(new DOMException("details", name)).key;
    expect(named("NotAllowedError")).toBe("cancelled");
    expect(named("InvalidStateError")).toBe("alreadyRegistered");
    expect(named("SecurityError")).toBe("wrongDomain");
    expect(named("NotSupportedError")).toBe("keyCannot");
  });

  it("keeps anything else to the server's reasons (never a stack on screen)", () => {
    expect(keyProblemOf(new Error("boom"))).toEqual({
      problem: { reason: "INTERNAL_ERROR" },
      key: null,
    });
    expect(keyProblemOf(new TypeError("fetch failed"))).toEqual({
      problem: { reason: "NETWORK" },
      key: null,
    });
  });
});

describe("the page's host", () => {
  it("tells IP addresses, where browsers refuse security keys, from names", () => {
    for (const host of ["127.0.0.1", "192.168.1.20", "[::1]", "[2001:db8::1]"])
      expect(isIpAddressHost(host)).toBe(true);
    for (const host of ["localhost", "twofold.example.ch", "1password.com"])
      expect(isIpAddressHost(host)).toBe(false);
    expect(isLoopbackHost("127.0.0.1")).toBe(true);
    expect(isLoopbackHost("[::1]")).toBe(true);
    expect(isLoopbackHost("192.168.1.20")).toBe(false);
  });
});
