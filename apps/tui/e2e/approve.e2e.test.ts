// `twofold approve` in tmux answers a real sign-in request from the built server.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createApiClient } from "@twofold/client";
import { startBuiltServer, type BuiltServer } from "@twofold/test-stack/built";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmedSignUp, tokenOf } from "../test/test-utils";
import { TmuxSession } from "./tmux";

const CLI = resolve(dirname(fileURLToPath(import.meta.url)), "..", "dist", "cli.js");
const dir = mkdtempSync(join(tmpdir(), "twofold-approve-e2e-"));
let server: BuiltServer;
let tmux: TmuxSession | undefined;

beforeAll(async () => {
  server = await startBuiltServer(join(dir, "data"));
});
afterAll(async () => {
  tmux?.kill();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function bearer() {
  let token: string | null = null;
  const api = createApiClient({ url: `${server.url}/trpc`, token: () => token });
  return { api, keep: (t?: string | null) => (token = t ?? token) };
}

describe("the approver in a terminal", () => {
  it("enrolls with the web's code and approves a sign-in with the number typed", async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run the build first (pnpm build)`);
    const email = `tmux.${Date.now()}@example.ch`;
    const password = "approve from tmux";
    const owner = bearer();
    owner.keep(
      await confirmedSignUp(owner.api, join(dir, "data", "mail-outbox.jsonl"), { email, password }),
    );
    const enrollment = await owner.api.push.beginDeviceEnrollment.mutate({ label: "Terminal" });

    tmux = TmuxSession.start(
      `XDG_CONFIG_HOME=${join(dir, "config")} ${process.execPath} ${CLI} approve --server ${server.url}; sleep 60`,
    );
    await tmux.waitFor("Enrollment code");
    await tmux.type(enrollment.enrollmentCode);
    await tmux.key("Enter");
    await tmux.key("Enter");
    await tmux.waitFor(`Waiting for sign-in requests for ${email}`);
    // `pnpm start` runs a gateway beside the server: the request arrives through it.
    await tmux.waitFor("Connected to the push gateway.");

    const browser = bearer();
    browser.keep(
      tokenOf(await browser.api.auth.signIn.mutate({ email, password, tokenInBody: true })),
    );
    const push = await browser.api.auth.startPush.mutate();
    const screen = await tmux.waitFor("Is this you signing in?");
    expect(screen).toContain(`Account: ${email}`);
    await tmux.key("Enter");
    await tmux.waitFor("Number shown on the login page");
    await tmux.type(String(push.number));
    await tmux.key("Enter");
    await tmux.waitFor("Approved: the browser is signing in.");
    expect(await browser.api.auth.pushResult.query({ requestId: push.requestId })).toEqual({
      status: "approved",
    });
  });
});
