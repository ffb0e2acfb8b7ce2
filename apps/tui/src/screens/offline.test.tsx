import { mkdtempSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closedPort } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { createTokenStore } from "../lib/token-store";
import { KEY, openTerminal, startTestServer } from "../../test/test-utils";

describe("a server that cannot be reached", () => {
  it("says so in a sentence with a retry (never a stack trace), and gets in once it answers", async () => {
    const dir = mkdtempSync(join(tmpdir(), "twofold-tui-offline-"));
    const port = await closedPort();
    const url = `http://127.0.0.1:${port}`;
    createTokenStore(dir, url).set("a-token-from-before");
    const t = openTerminal(url, dir);
    const frame = await t.waitFor(`The server ${url} cannot be reached.`);
    expect(frame).toContain("r retry · q quit");
    expect(frame).not.toMatch(/at .*\.(js|ts):\d+|TypeError|ECONNREFUSED/);

    // The server comes up on that port; the saved token is not valid there: welcome.
    const stack = await startTestServer();
    const proxy = createServer((socket) => {
      const upstream = new URL(stack.server.url);
      const target = createConnection(Number(upstream.port), upstream.hostname);
      socket.pipe(target).pipe(socket);
      socket.on("error", () => target.destroy());
      target.on("error", () => socket.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(port, "127.0.0.1", resolve));
    try {
      await t.press("r");
      await t.waitFor("Welcome to Twofold");
      expect(createTokenStore(dir, url).get()).toBeNull();
    } finally {
      t.unmount();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      await stack.close();
    }
  });

  it("shows a sign-in failure that is not the server's fault as its sentence, on the same screen", async () => {
    const stack = await startTestServer();
    const dir = join(stack.dir, "config");
    const t = openTerminal(stack.server.url, dir);
    try {
      await t.waitFor("Welcome to Twofold");
      await t.press(KEY.enter);
      await t.type("nobody@example.ch");
      await t.press(KEY.tab);
      await t.type("some long password");
      await t.press(KEY.enter);
      await t.waitFor("The email address or the password is wrong.");
      expect(t.frame()).toContain("Sign in");
    } finally {
      t.unmount();
      await stack.close();
    }
  });
});
