// The built `twofold` terminal app in tmux at 80×24 against the built server.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startBuiltServer, type BuiltServer } from "@twofold/test-stack/built";
import { waitForSignUpCode } from "@twofold/test-stack/sign-up";
import { rfc6238Code } from "@twofold/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSMSOutbox, waitForSMSCode } from "../test/test-utils";
import { TmuxSession } from "./tmux";

const CLI = resolve(dirname(fileURLToPath(import.meta.url)), "..", "dist", "cli.js");
const dir = mkdtempSync(join(tmpdir(), "twofold-tui-e2e-"));
let server: BuiltServer;
let tmux: TmuxSession;
const email = `ada.${Date.now()}@example.ch`;
const password = "analytical engine 1843";

function run(extraEnv = ""): TmuxSession {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run the build first (pnpm build)`);
  return TmuxSession.start(
    `XDG_CONFIG_HOME=${join(dir, "config")} ${extraEnv} ${process.execPath} ${CLI} --server ${server.url}; sleep 60`,
  );
}

beforeAll(async () => {
  server = await startBuiltServer(join(dir, "data"));
});
afterAll(async () => {
  tmux?.kill();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("the terminal app, typed into like a person would", () => {
  it("signs up, adds an OTP app from the key on screen, sees the backup codes, signs out, signs in with TOTP", async () => {
    tmux = run();
    await tmux.waitFor("Welcome to Twofold");
    await tmux.key("Down");
    await tmux.key("Enter");
    await tmux.waitFor("Create your account");
    await tmux.type("Ada Lovelace");
    await tmux.key("Tab");
    await tmux.type(email);
    await tmux.key("Tab");
    await tmux.type(password);
    await tmux.key("Enter");
    // No account opens before its address is confirmed: the code of the mail the server sent.
    await tmux.waitFor("Check your mail");
    await tmux.type(await waitForSignUpCode(join(dir, "data", "mail-outbox.jsonl"), email));
    await tmux.key("Enter");
    await tmux.waitFor("Signed in as Ada Lovelace");

    await tmux.key("Enter"); // Add an authenticator app
    await tmux.waitFor("Name of this method");
    await tmux.key("Enter");
    const screen = await tmux.waitFor("type this key in the app");
    // The QR code and everything needed to finish fit in 80×24.
    expect(screen.split("\n").filter((l) => /[█▀▄]/.test(l)).length).toBeGreaterThan(15);
    expect(screen).toContain("Code the app now shows");
    expect(screen).toContain("Enter submit · Esc back");
    const secret = (/type this key in the app: ([A-Z2-7 ]+)/.exec(screen)?.[1] ?? "").replace(
      /\s/g,
      "",
    );
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await tmux.type(rfc6238Code(secret, new Date()));
    await tmux.key("Enter");
    const codes = await tmux.waitFor("Your backup codes");
    expect(codes.match(/\b[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}\b/g)).toHaveLength(10);
    await tmux.key("Enter");
    await tmux.waitFor("ON: signing in needs your password");

    for (let i = 0; i < 30 && !tmux.screen().includes("› Sign out"); i += 1) await tmux.key("j");
    await tmux.waitFor("› Sign out");
    await tmux.key("Enter");
    await tmux.waitFor("Welcome to Twofold");
    await tmux.key("Enter");
    await tmux.type(email);
    await tmux.key("Tab");
    await tmux.type(password);
    await tmux.key("Enter");
    await tmux.waitFor("Code from your authenticator app");
    await tmux.type(rfc6238Code(secret, new Date(Date.now() + 30_000)));
    await tmux.key("Enter");
    await tmux.waitFor("Signed in as Ada Lovelace");

    // Redraws at another size; q quits.
    tmux.resize(100, 30);
    await tmux.waitFor("↑↓/j/k move · Enter choose · q quit");
    await tmux.key("q");
    await tmux.waitFor(/\$ ?$|^\s*$/m, 5_000).catch(() => undefined);
    tmux.kill();
  });

  it("starts signed in next time, without colour under NO_COLOR", async () => {
    tmux = run("NO_COLOR=1");
    const screen = await tmux.waitFor("Signed in as Ada Lovelace");
    expect(screen).toContain("ON: signing in needs your password");
    const styled = tmux.styledScreen();
    // A colour would be ESC [ 3x m (x from 1 to 7); 39 is "default colour".
    expect(styled).not.toMatch(new RegExp(`${String.fromCharCode(27)}\\[3[1-7]m`));
    tmux.kill();
  });

  it("adds a phone number at 80×24 (the settings still fit), then signs in with a code by text message", async () => {
    const outbox = join(dir, "data", "sms-outbox.jsonl");
    tmux = run();
    await tmux.waitFor("Signed in as Ada Lovelace");
    for (let i = 0; i < 30 && !tmux.screen().includes("› Add a mobile phone"); i += 1) {
      await tmux.key("j");
    }
    await tmux.key("Enter");
    await tmux.waitFor("› Switzerland (+41)");
    await tmux.key("Enter");
    await tmux.waitFor("Mobile number:");
    await tmux.type("079 123 45 67");
    let before = readSMSOutbox(outbox).length;
    await tmux.key("Enter");
    await tmux.waitFor("Code sent to +41 79 *** ** 67.");
    await tmux.type(await waitForSMSCode(outbox, { after: before }));
    await tmux.key("Enter");
    // Not the first method: no backup codes, back to the settings, all of them on the screen.
    const settings = await tmux.waitFor("+41 79 *** ** 67 (Text message)");
    expect(settings).toContain("Twofold · Two-step verification");
    expect(settings).toContain("+41 79 *** ** 67 was added.");
    expect(settings).toContain("Text messages (SMS) are the weakest method");
    expect(settings).toContain("↑↓/j/k move · Enter choose · q quit");

    for (let i = 0; i < 30 && !tmux.screen().includes("› Sign out"); i += 1) await tmux.key("j");
    await tmux.waitFor("› Sign out");
    await tmux.key("Enter");
    await tmux.waitFor("Welcome to Twofold");
    await tmux.key("Enter");
    await tmux.type(email);
    await tmux.key("Tab");
    await tmux.type(password);
    await tmux.key("Enter");
    await tmux.waitFor("Code from your authenticator app");
    await tmux.key("Tab");
    await tmux.waitFor("Choose a method");
    await tmux.key("Down");
    before = readSMSOutbox(outbox).length;
    await tmux.key("Enter");
    await tmux.waitFor("Code sent to +41 79 *** ** 67.");
    await tmux.key("C-r");
    await tmux.waitFor("A new code was sent to +41 79 *** ** 67;");
    await tmux.type(await waitForSMSCode(outbox, { after: before + 1 }));
    await tmux.key("Enter");
    await tmux.waitFor("Signed in as Ada Lovelace");
    tmux.kill();
  });

  it("shows the security log as sentences with the browser and address, one line each at 80×24", async () => {
    tmux = run();
    await tmux.waitFor("Signed in as Ada Lovelace");
    for (let i = 0; i < 30 && !tmux.screen().includes("› Security log"); i += 1)
      await tmux.key("j");
    await tmux.key("Enter");
    const screen = await tmux.waitFor(/Twofold terminal on \w+ · [\d.:a-f]+/);
    expect(screen).toContain("Twofold · Security log");
    expect(screen).toMatch(/\d{1,2} \w{3} \d{4}, \d{2}:\d{2} {2}[A-Z]/);
    // Sentences, never the event's type name.
    expect(screen).not.toMatch(/\b[a-z]+(_[a-z]+)+\b/);
    expect(screen).toContain("↑↓/j/k scroll · Space/PgDn/PgUp page · Esc back · q quit");
    expect(screen.split("\n").every((line) => line.length <= 80)).toBe(true);
    await tmux.key("Escape");
    await tmux.waitFor("Signed in as Ada Lovelace");
    tmux.kill();
  });
});
