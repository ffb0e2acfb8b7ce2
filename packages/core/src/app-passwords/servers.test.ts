import { describe, expect, it } from "vitest";
import { parseSyncServer } from "./servers";

describe("the sync servers an operator names", () => {
  it("reads host:port, the port saying TLS (993, 465) or STARTTLS (any other)", () => {
    expect(parseSyncServer("imap", "IMAP.example.ch:993")).toEqual({
      host: "imap.example.ch",
      port: 993,
      security: "tls",
      url: null,
    });
    expect(parseSyncServer("imap", "imap.example.ch:143")).toMatchObject({ security: "starttls" });
    expect(parseSyncServer("smtp", "smtp.example.ch:587")).toMatchObject({
      port: 587,
      security: "starttls",
    });
    expect(parseSyncServer("smtp", "smtp.example.ch:465")).toMatchObject({ security: "tls" });
  });

  it("reads a scheme that says the security, with its usual port", () => {
    expect(parseSyncServer("imap", "imaps://mail.example.ch")).toMatchObject({
      port: 993,
      security: "tls",
    });
    expect(parseSyncServer("smtp", "smtp://mail.example.ch")).toMatchObject({
      port: 587,
      security: "starttls",
    });
    expect(parseSyncServer("smtp", "smtps://mail.example.ch:2465")).toMatchObject({
      port: 2465,
      security: "tls",
    });
  });

  it("reads the web services as https URLs", () => {
    expect(parseSyncServer("caldav", "https://dav.example.ch/cal/")).toEqual({
      host: "dav.example.ch",
      port: 443,
      security: "tls",
      url: "https://dav.example.ch/cal/",
    });
    expect(parseSyncServer("webdav", "https://files.example.ch:8443/dav")).toMatchObject({
      port: 8443,
    });
  });

  it("says what is wrong with a bad value", () => {
    expect(parseSyncServer("imap", "imap.example.ch")).toContain("needs a port");
    expect(parseSyncServer("imap", "pop3://imap.example.ch:110")).toContain("must be host:port");
    expect(parseSyncServer("smtp", "smtp.example.ch:99999")).toContain("port outside");
    expect(parseSyncServer("smtp", "not a host:25")).toContain("must be host:port");
    expect(parseSyncServer("caldav", "http://dav.example.ch/")).toContain("https://");
    expect(parseSyncServer("carddav", "dav.example.ch")).toContain("https://");
    expect(parseSyncServer("webdav", "https://u:p@dav.example.ch/")).toContain("user name");
  });
});
