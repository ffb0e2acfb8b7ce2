// The built `twofold` bin as a command-line program: no terminal, Ctrl+C, `status` and its exit
// codes, and the backup codes screen that asks before its codes are lost, against the built server.
import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createApiClient } from "@twofold/client";
import { startBuiltServer, type BuiltServer } from "@twofold/test-stack/built";
import { requireProgram, rfc6238Code } from "@twofold/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTokenStore } from "../src/lib/token-store";
import { confirmedSignUp } from "../test/test-utils";
import { TmuxSession } from "./tmux";

const CLI = resolve(dirname(fileURLToPath(import.meta.url)), "..", "dist", "cli.js");
const TMUX = requireProgram("tmux");
const dir = mkdtempSync(join(tmpdir(), "twofold-cli-e2e-"));
const home = join(dir, "home");
const config = join(dir, "config");
const email = `cli.${Date.now()}@example.ch`;
const password = "command line citizen";
let server: BuiltServer;
let tmux: TmuxSession | undefined;

/** The bin as a plain child process (no terminal): its exit status and what it printed. */
function twofold(
  args: string[],
  { env = {}, stdin = "pipe" }: { env?: NodeJS.ProcessEnv; stdin?: "pipe" | "devnull" } = {},
): { status: number | null; stdout: string; stderr: string } {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run the build first (pnpm build)`);
  const result = spawnSync(process.execPath, [CLI, ...args], {
    env: { PATH: process.env.PATH, HOME: home, XDG_CONFIG_HOME: config, LANG: "C", ...env },
    stdio: [stdin === "devnull" ? openSync("/dev/null", "r") : "pipe", "pipe", "pipe"],
    input: stdin === "pipe" ? "" : undefined,
    encoding: "utf8",
    timeout: 20_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The bin in tmux; `EXIT=<status>` shows once it ends. */
function inTerminal(args: string): TmuxSession {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run the build first (pnpm build)`);
  return TmuxSession.start(
    `HOME=${home} XDG_CONFIG_HOME=${config} LANG=C ${process.execPath} ${CLI} ${args} --server ${server.url}; echo EXIT=$?; sleep 60`,
  );
}

/** Whether tmux shows the cursor: a program that hid it and ended cleanly showed it again. */
function cursorShown(session: TmuxSession): boolean {
  const flag = execFileSync(
    TMUX,
    ["-L", session.name, "display-message", "-p", "-t", session.name, "#{cursor_flag}"],
    { encoding: "utf8" },
  );
  return flag.trim() === "1";
}

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, "127.0.0.1", done));
  const address = probe.address();
  await new Promise((done) => probe.close(done));
  if (typeof address !== "object" || address === null) throw new Error("no port");
  return address.port;
}

beforeAll(async () => {
  mkdirSync(home, { recursive: true });
  // The machine may be busy with other runs: give the server time to start.
  server = await startBuiltServer(join(dir, "data"), {}, { startTimeoutMs: 120_000 });
  // An account with an authenticator app (two-step on), its session kept where the bin reads it.
  let token: string | null = null;
  const api = createApiClient({ url: `${server.url}/trpc`, token: () => token });
  token = await confirmedSignUp(api, join(dir, "data", "mail-outbox.jsonl"), { email, password });
  const totp = await api.totp.beginEnrollment.mutate({ label: "Phone" });
  await api.totp.confirmEnrollment.mutate({
    enrollmentId: totp.enrollmentId,
    code: rfc6238Code(totp.secret.replace(/\s/g, ""), new Date()),
  });
  createTokenStore(join(config, "twofold"), server.url).set(token);
}, 180_000);
afterEach(() => {
  tmux?.kill();
  tmux = undefined;
});
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("twofold without a terminal", () => {
  it("says in one line that the screen needs one and exits 2, from /dev/null and from a pipe", () => {
    for (const args of [[], ["approve"]]) {
      for (const stdin of ["devnull", "pipe"] as const) {
        const run = twofold([...args, "--server", server.url], { stdin });
        expect(run.status).toBe(2);
        expect(run.stdout).toBe("");
        expect(run.stderr).toBe(
          "twofold: this screen needs a terminal; for scripts use `twofold status --json`\n",
        );
      }
    }
    const french = twofold(["--server", server.url], { env: { LANG: "fr_CH.UTF-8" } });
    expect(french.stderr).toMatch(/^twofold : cet écran a besoin d'un terminal/);
  });
});

describe("twofold status", () => {
  it("prints the two-step state and the methods, exit 0; --json has the stable fields", () => {
    const human = twofold(["status", "--server", server.url]);
    expect(human.status).toBe(0);
    expect(human.stdout).toContain(`Signed in as ${email} on ${server.url}`);
    expect(human.stdout).toContain("Two-step verification: on");
    expect(human.stdout).toMatch(/Authenticator app · Phone · (never used|last used .+)/);
    expect(human.stdout).toContain("10 backup codes left");

    const json = twofold(["status", "--json", "--server", server.url]);
    expect(json.status).toBe(0);
    const parsed: unknown = JSON.parse(json.stdout);
    expect(parsed).toEqual({
      server: server.url,
      signedIn: true,
      account: { email },
      twoStep: {
        enabled: true,
        preferred: "totp",
        methods: [
          {
            kind: "totp",
            name: "Phone",
            createdAt: expect.any(String) as string,
            lastUsedAt: null,
          },
        ],
        backupCodesRemaining: 10,
      },
    });
  });

  it("speaks the terminal's language, keeping the JSON names in English", () => {
    const german = twofold(["status", "--server", server.url], { env: { LC_ALL: "de_CH.UTF-8" } });
    expect(german.stdout).toContain(`Angemeldet als ${email} bei ${server.url}`);
    expect(german.stdout).toContain("Authenticator-App · Phone · nie verwendet");
    const json = twofold(["status", "--json", "--server", server.url], {
      env: { LC_ALL: "de_CH.UTF-8" },
    });
    expect(JSON.parse(json.stdout)).toMatchObject({ signedIn: true, twoStep: { enabled: true } });
  });

  it("exits 1 when not signed in: no session kept, or one the server refuses", () => {
    const other = "http://127.0.0.1:9"; // no session kept for this address
    const none = twofold(["status", "--server", other]);
    expect(none.status).toBe(1);
    expect(none.stderr).toBe(`Not signed in to ${other}: run \`twofold\` to sign in.\n`);

    const stale = join(dir, "stale-config");
    createTokenStore(join(stale, "twofold"), server.url).set("not-a-session-token");
    const refused = twofold(["status", "--json", "--server", server.url], {
      env: { XDG_CONFIG_HOME: stale },
    });
    expect(refused.status).toBe(1);
    expect(JSON.parse(refused.stdout)).toEqual({ server: server.url, signedIn: false });
    expect(refused.stderr).toContain(`Not signed in to ${server.url}`);
  });

  it("exits 69 when the server cannot be reached, and 2 on a usage error", async () => {
    const away = `http://127.0.0.1:${await closedPort()}`;
    createTokenStore(join(config, "twofold"), away).set("a-kept-token");
    const unreachable = twofold(["status", "--server", away]);
    expect(unreachable.status).toBe(69);
    expect(unreachable.stderr).toBe(`${away} cannot be reached\n`);

    const wrong = twofold(["status", "--jsonn"]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("twofold: unknown option: --jsonn");
    expect(twofold(["--json"]).status).toBe(2);
    expect(twofold(["--help"]).stdout).toMatch(/^ {2}69 {3}status: the server cannot be reached/m);
  });
});

describe("Ctrl+C in a terminal", () => {
  it("quits the settings with 130 and shows the cursor again", async () => {
    tmux = inTerminal("");
    await tmux.waitFor("Signed in as");
    await tmux.key("C-c");
    await tmux.waitFor("EXIT=130");
    expect(cursorShown(tmux)).toBe(true);
  });

  it("quits the approver with 130", async () => {
    tmux = inTerminal("approve");
    await tmux.waitFor("Enrollment code");
    await tmux.key("C-c");
    await tmux.waitFor("EXIT=130");
  });

  it("asks first on the backup codes screen (Ctrl+C, q and Esc), and the saved file names account and server", async () => {
    tmux = inTerminal("");
    await tmux.waitFor("Signed in as");
    for (let i = 0; i < 30 && !tmux.screen().includes("› Backup codes"); i += 1)
      await tmux.key("j");
    await tmux.key("Enter");
    await tmux.waitFor("Confirm it is you");
    // The OTP app, the preferred method, comes first: Tab, then the password.
    await tmux.waitFor("Code from your OTP app (6 digits):");
    await tmux.key("Tab");
    await tmux.waitFor("› Code from your OTP app");
    await tmux.key("j");
    await tmux.waitFor("› Password");
    await tmux.key("Enter");
    await tmux.waitFor("Password:");
    await tmux.type(password);
    await tmux.key("Enter");
    const shown = await tmux.waitFor("Your backup codes");
    const codes = shown.match(/\b[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}\b/g) ?? [];
    expect(codes).toHaveLength(10);

    await tmux.key("C-c");
    await tmux.waitFor("Quit? These codes will not be shown again. y quit / n stay");
    await tmux.key("n");
    await tmux.waitFor("s save to file");
    await tmux.key("q");
    await tmux.waitFor("Quit? These codes will not be shown again.");
    await tmux.key("n");
    await tmux.key("Escape");
    await tmux.waitFor("Leave? These codes will not be shown again. y leave / n stay");
    await tmux.key("n");
    expect(await tmux.waitFor("s save to file")).toContain(codes[0]);

    await tmux.key("s");
    await tmux.waitFor("File name");
    await tmux.key("Enter");
    const file = join(home, "twofold-backup-codes.txt");
    await tmux.waitFor("Saved to");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const text = readFileSync(file, "utf8");
    expect(text).toMatch(
      new RegExp(
        `^Twofold backup codes for ${email.replace(/\./g, "\\.")} on ${server.url}, made \\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2}\n`,
      ),
    );
    for (const code of codes) expect(text).toContain(code);

    await tmux.key("C-c");
    await tmux.waitFor("Quit? These codes will not be shown again.");
    await tmux.key("y");
    await tmux.waitFor("EXIT=130");
  });
});
