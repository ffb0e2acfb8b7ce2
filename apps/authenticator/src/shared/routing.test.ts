import { describe, expect, it } from "vitest";
import { codeFromScan, normalizeCode, parseRoute, requestUrl, routeHash } from "./routing";

const CODE = "ab12-cd34-ef56-gh78-jk90";

describe("the authenticator's addresses", () => {
  it("opens enrollment from the QR's address, tidying the code", () => {
    expect(parseRoute(`#enroll=${CODE}`)).toEqual({ name: "enroll", code: CODE });
    expect(parseRoute("#enroll=AB12CD34EF56GH78JK90")).toEqual({ name: "enroll", code: CODE });
  });

  it("opens a request from a notification's address", () => {
    const url = requestUrl("/authenticator/", "req-1", "dev-2");
    expect(url).toBe("/authenticator/#request=req-1&device=dev-2");
    expect(parseRoute(url.slice(url.indexOf("#")))).toEqual({
      name: "request",
      requestId: "req-1",
      deviceId: "dev-2",
    });
  });

  it("goes home for anything else, and round-trips every route", () => {
    expect(parseRoute("")).toEqual({ name: "home" });
    expect(parseRoute("#request=only")).toEqual({ name: "home" });
    for (const route of [
      { name: "home" } as const,
      { name: "enroll", code: CODE } as const,
      { name: "request", requestId: "a b", deviceId: "c&d" } as const,
    ]) {
      expect(parseRoute(routeHash(route))).toEqual(route);
    }
  });

  it("reads a scanned QR: the app's URL, the device URI or a bare code; nothing else", () => {
    expect(codeFromScan(`https://twofold.example/authenticator/#enroll=${CODE}`)).toBe(CODE);
    expect(codeFromScan(`twofold-device:${CODE}`)).toBe(CODE);
    expect(codeFromScan(` ${CODE.toUpperCase()} `)).toBe(CODE);
    expect(codeFromScan("https://example.com/#request=1&device=2")).toBeNull();
    expect(codeFromScan("WIFI:S:home;T:WPA;P:secret;;")).toBeNull();
    expect(normalizeCode("ab12 cd34 ef56 gh78 jk90")).toBe(CODE);
  });
});
