import { describe, expect, it } from "vitest";
import { readEnv } from "./env";

describe("the gateway's settings", () => {
  it("defaults to a server on port 3000 beside it, itself on 3001, no Redis", () => {
    expect(readEnv({})).toEqual({
      TWOFOLD_SERVER_URL: "http://127.0.0.1:3000",
      PORT: 3001,
      HOST: "127.0.0.1",
    });
  });

  it("takes what is set", () => {
    const env = readEnv({
      TWOFOLD_SERVER_URL: "http://server:3000",
      PORT: "0",
      HOST: "0.0.0.0",
      REDIS_URL: "redis://redis:6379",
    });
    expect(env).toEqual({
      TWOFOLD_SERVER_URL: "http://server:3000",
      PORT: 0,
      HOST: "0.0.0.0",
      REDIS_URL: "redis://redis:6379",
    });
  });

  it("takes a variable set empty as unset (REDIS_URL= means no Redis, as it always did)", () => {
    expect(readEnv({ REDIS_URL: "", PORT: "", HOST: "" })).toEqual({
      TWOFOLD_SERVER_URL: "http://127.0.0.1:3000",
      PORT: 3001,
      HOST: "127.0.0.1",
    });
  });

  it("refuses a wrong setting with a message naming it", () => {
    expect(() => readEnv({ PORT: "70000" })).toThrow(/PORT/);
    expect(() => readEnv({ REDIS_URL: "http://redis" })).toThrow(
      /REDIS_URL: must be a redis:\/\/ URL/,
    );
    expect(() => readEnv({ TWOFOLD_SERVER_URL: "not a url" })).toThrow(/TWOFOLD_SERVER_URL/);
  });
});
