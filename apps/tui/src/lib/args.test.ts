import { describe, expect, it } from "vitest";
import { parseCli } from "./args";

describe("the command line", () => {
  it("connects to localhost:3000 unless told otherwise", () => {
    expect(parseCli([], {}).server).toBe("http://localhost:3000");
    expect(parseCli(["--server", "https://id.example.ch/"], {}).server).toBe(
      "https://id.example.ch",
    );
    expect(parseCli([], { TWOFOLD_SERVER: "http://10.0.0.2:3000" }).server).toBe(
      "http://10.0.0.2:3000",
    );
  });

  it("knows the approve command (this terminal as an authenticator device)", () => {
    expect(parseCli(["approve"], {}).command).toBe("approve");
    expect(parseCli([], {}).command).toBe("settings");
    expect(() => parseCli(["approvee"], {})).toThrow(/unknown command/);
  });

  it("refuses what is not an http(s) URL or not an option, with a message for a person", () => {
    expect(() => parseCli(["--server", "localhost"], {})).toThrow(/must be a URL/);
    expect(() => parseCli(["--server", "ftp://x"], {})).toThrow(/http:\/\/ or https:\/\//);
    expect(() => parseCli(["--sever", "x"], {})).toThrow(/Unknown option/);
  });
});
