import { describe, expect, it } from "vitest";
import { authenticatorAddress, phoneNeedsHTTPS } from "./phone-https";

describe("a phone needs HTTPS", () => {
  it("is said over plain http to another host, not over https nor on this machine", () => {
    expect(phoneNeedsHTTPS({ protocol: "http:", hostname: "192.168.1.20" })).toBe(true);
    expect(phoneNeedsHTTPS({ protocol: "http:", hostname: "twofold.lan" })).toBe(true);
    expect(phoneNeedsHTTPS({ protocol: "https:", hostname: "twofold.lan" })).toBe(false);
    for (const hostname of ["localhost", "127.0.0.1", "[::1]"])
      expect(phoneNeedsHTTPS({ protocol: "http:", hostname })).toBe(false);
  });

  it("the authenticator lives under /authenticator/ of the same origin", () => {
    expect(authenticatorAddress("https://2fa.example.ch")).toBe(
      "https://2fa.example.ch/authenticator/",
    );
  });
});
