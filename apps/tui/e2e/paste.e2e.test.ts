// The built `twofold` app in tmux at 80×24: text arriving in one burst (a paste, a password
// manager's auto-type) lands in the right fields, and the method rows fit 80 columns.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createApiClient } from "@twofold/client";
import { startBuiltServer, type BuiltServer } from "@twofold/test-stack/built";
import { waitForSignUpCode } from "@twofold/test-stack/sign-up";
import { requireProgram, rfc6238Code } from "@twofold/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TmuxSession } from "./tmux";

const TMUX = requireProgram("tmux");
const CLI = resolve(dirname(fileURLToPath(import.meta.url)), "..", "dist", "cli.js");
const dir = mkdtempSync(join(tmpdir(), "twofold-tui-paste-"));
let server: BuiltServer;
let tmux: TmuxSession | undefined;
const email = `tina.${Date.now()}@example.ch`;
const password = "pasted in one go 2025";
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A paste: tmux writes the whole buffer to the program at once (Tabs and all). */
async function paste(on: TmuxSession, text: string): Promise<void> {
  execFileSync(TMUX, ["-L", on.name, "set-buffer", "-b", "burst", "--", text]);
  execFileSync(TMUX, ["-L", on.name, "paste-buffer", "-d", "-b", "burst", "-t", on.name]);
  await sleep(300);
}

/** An auto-type: the keys of `text` in one `send-keys -l`. */
async function autoType(on: TmuxSession, text: string): Promise<void> {
  execFileSync(TMUX, ["-L", on.name, "send-keys", "-t", on.name, "-l", text]);
  await sleep(300);
}

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run the build first (pnpm build)`);
  server = await startBuiltServer(join(dir, "data"));
});
afterAll(async () => {
  tmux?.kill();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("the terminal app at 80×24, pasted into", () => {
  it("signs up from one pasted burst, shows whole method rows, and signs in from an auto-type", async () => {
    tmux = TmuxSession.start(
      `XDG_CONFIG_HOME=${join(dir, "config")} LANG=C ${process.execPath} ${CLI} --server ${server.url}; sleep 60`,
    );
    await tmux.waitFor("Welcome to Twofold");
    await tmux.key("Down");
    await tmux.key("Enter");
    await tmux.waitFor("Create your account");
    await paste(tmux, `Tina Terminal\t${email}\t${password}`);
    const form = await tmux.waitFor(`Email: ${email}`);
    expect(form).toMatch(/Name: Tina Terminal\s*\n/);
    expect(form).toContain(`•`.repeat(password.length));
    expect(form).not.toContain(password);
    await tmux.key("Enter");
    await tmux.waitFor("Check your mail");
    await paste(tmux, await waitForSignUpCode(join(dir, "data", "mail-outbox.jsonl"), email));
    await tmux.key("Enter");
    await tmux.waitFor(`Signed in as Tina Terminal <${email}>`);

    // An OTP app added elsewhere (through the API): its row, both lines, whole at 80 columns.
    let token: string | null = null;
    const api = createApiClient({ url: `${server.url}/trpc`, token: () => token });
    const signedIn = await api.auth.signIn.mutate({ email, password, tokenInBody: true });
    token = "token" in signedIn && signedIn.token ? signedIn.token : null;
    const e = await api.totp.beginEnrollment.mutate({ label: "A phone with a rather long name" });
    await api.totp.confirmEnrollment.mutate({
      enrollmentId: e.enrollmentId,
      code: rfc6238Code(e.secret, new Date()),
    });
    for (let i = 0; i < 30 && !tmux.screen().includes("› Security log"); i += 1) {
      await tmux.key("j");
    }
    await tmux.key("Enter");
    await tmux.waitFor("Security log");
    await tmux.key("Escape");
    const settings = await tmux.waitFor(
      "A phone with a rather long name (Authenticator app, preferred)",
    );
    expect(settings).toMatch(/^ {4}added \d{1,2} \w{3} \d{4}, \d{2}:\d{2}, last used never$/m);
    expect(settings.split("\n").every((line) => line.length <= 80)).toBe(true);

    for (let i = 0; i < 30 && !tmux.screen().includes("› Sign out"); i += 1) await tmux.key("j");
    await tmux.key("Enter");
    await tmux.waitFor("Welcome to Twofold");
    await tmux.key("Enter");
    await tmux.waitFor("Email:");
    await autoType(tmux, `${email}\t${password}\r`);
    await tmux.waitFor("Code from your authenticator app");
    await paste(tmux, `${rfc6238Code(e.secret, new Date(Date.now() + 30_000))}\r`);
    await tmux.waitFor(`Signed in as Tina Terminal <${email}>`);
    tmux.kill();
  });
});
