// `twofold approve` in tmux (80x24) against the built server: it answers a real sign-in request,
// an answer survives the server being killed while it is sent, and a sign-in the browser
// cancels leaves the screen within 2 s, saying so (in English and in French).
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createApiClient } from "@twofold/client";
import { startBuiltServer, type BuiltServer } from "@twofold/test-stack/built";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { confirmedSignUp, tokenOf } from "../test/test-utils";
import { TmuxSession } from "./tmux";

const CLI = resolve(dirname(fileURLToPath(import.meta.url)), "..", "dist", "cli.js");
const dir = mkdtempSync(join(tmpdir(), "twofold-approve-e2e-"));
let server: BuiltServer;
const sessions: TmuxSession[] = [];

beforeAll(async () => {
  server = await startBuiltServer(join(dir, "data"));
});
afterEach(() => {
  sessions.splice(0).forEach((s) => s.kill());
});
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function bearer(url: string) {
  let token: string | null = null;
  const api = createApiClient({ url: `${url}/trpc`, token: () => token });
  return { api, keep: (t?: string | null) => (token = t ?? token) };
}

/** A port nobody listens on now (the server restarts on it: devices keep its address). */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

/** A person signed up on `url`, and the enrollment code of a device for them. */
async function personWithCode(url: string, dataDir: string, name: string) {
  const email = `${name}.${Date.now()}@example.ch`;
  const password = "approve from tmux";
  const owner = bearer(url);
  owner.keep(
    await confirmedSignUp(owner.api, join(dataDir, "mail-outbox.jsonl"), { email, password }),
  );
  const { enrollmentCode } = await owner.api.push.beginDeviceEnrollment.mutate({
    label: "Terminal",
  });
  return { email, password, enrollmentCode };
}

/** `twofold approve` in tmux, enrolled with the code; says when it exits (and its code). */
async function approverIn(
  url: string,
  person: { email: string; enrollmentCode: string },
  env = "",
): Promise<TmuxSession> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run the build first (pnpm build)`);
  const config = mkdtempSync(join(dir, "config-"));
  const tmux = TmuxSession.start(
    `${env} XDG_CONFIG_HOME=${config} ${process.execPath} ${CLI} approve --server ${url}; echo "approver exited $?"; sleep 60`,
  );
  sessions.push(tmux);
  await tmux.waitFor(/Enrollment code|Code d'inscription/);
  await tmux.type(person.enrollmentCode);
  await tmux.key("Enter");
  await tmux.key("Enter");
  await tmux.waitFor(person.email);
  return tmux;
}

/** A browser signing in, stopped at "check your device". */
async function browserAtPush(url: string, person: { email: string; password: string }) {
  const browser = bearer(url);
  browser.keep(
    tokenOf(
      await browser.api.auth.signIn.mutate({
        email: person.email,
        password: person.password,
        tokenInBody: true,
      }),
    ),
  );
  const push = await browser.api.auth.startPush.mutate();
  return { ...browser, push };
}

describe("the approver in a terminal", () => {
  it("enrolls with the web's code and approves a sign-in with the number typed", async () => {
    const person = await personWithCode(server.url, join(dir, "data"), "tmux");
    const tmux = await approverIn(server.url, person);
    await tmux.waitFor(`Waiting for sign-in requests for ${person.email}`);
    // `pnpm start` runs a gateway beside the server: the request arrives through it.
    await tmux.waitFor("Connected to the push gateway.");

    const browser = await browserAtPush(server.url, person);
    const screen = await tmux.waitFor("Is this you signing in?");
    expect(screen).toContain(`Account: ${person.email}`);
    expect(screen).toMatch(/Expires in \d+ s/);
    await tmux.key("Enter");
    await tmux.waitFor("Number shown on the login page");
    await tmux.type(String(browser.push.number));
    await tmux.key("Enter");
    await tmux.waitFor("Approved: the browser is signing in.");
    expect(await browser.api.auth.pushResult.query({ requestId: browser.push.requestId })).toEqual({
      status: "approved",
    });
    // The notice goes after a few seconds.
    await tmux.waitFor(/^(?![\s\S]*Approved)/);
  });

  for (const language of [
    { env: "LC_ALL=en_GB.UTF-8", cancelled: "This sign-in was cancelled.", title: "Is this you" },
    {
      env: "LC_ALL=fr_CH.UTF-8",
      cancelled: "Cette connexion a été annulée.",
      title: "Est-ce vous",
    },
  ]) {
    it(`leaves a sign-in the browser cancelled within 2 s, saying so; q quits while one is shown (${language.env})`, async () => {
      const person = await personWithCode(server.url, join(dir, "data"), "cancel");
      const tmux = await approverIn(server.url, person, language.env);
      const first = await browserAtPush(server.url, person);
      await tmux.waitFor(language.title);
      await first.api.auth.cancelPush.mutate({ requestId: first.push.requestId });
      const cancelledAt = Date.now();
      await tmux.waitFor(language.cancelled, 5_000);
      expect(Date.now() - cancelledAt).toBeLessThan(2_000);

      // q while a request is shown: the app ends, the request stays open for another device.
      const second = await browserAtPush(server.url, person);
      await tmux.waitFor(language.title);
      await tmux.type("q");
      await tmux.waitFor("approver exited 0");
      expect(await second.api.auth.pushResult.query({ requestId: second.push.requestId })).toEqual({
        status: "pending",
      });
    });
  }
});

describe("a terminal that quits while its sign-in waits for the device", () => {
  /** `twofold` signing in in tmux, at "check your device"; says when it exits (and its code). */
  async function terminalAtPush(person: { email: string; password: string }) {
    const config = mkdtempSync(join(dir, "config-"));
    const tmux = TmuxSession.start(
      `XDG_CONFIG_HOME=${config} ${process.execPath} ${CLI} --server ${server.url}; echo "twofold exited $?"; sleep 60`,
    );
    sessions.push(tmux);
    await tmux.waitFor("Welcome to Twofold");
    await tmux.key("Enter");
    await tmux.type(person.email);
    await tmux.key("Tab");
    await tmux.type(person.password);
    await tmux.key("Enter");
    await tmux.waitFor("Check your device");
    return tmux;
  }

  for (const how of [
    { name: "Ctrl+C", quit: (t: TmuxSession) => t.key("C-c"), exited: "twofold exited 130" },
    {
      name: "the window closed",
      quit: async (t: TmuxSession) => t.kill(),
      exited: null,
    },
  ]) {
    it(`takes the request off the approver (${how.name})`, async () => {
      const person = await personWithCode(server.url, join(dir, "data"), "quits");
      const approver = await approverIn(server.url, person);
      const terminal = await terminalAtPush(person);
      await approver.waitFor("Is this you signing in?");
      await how.quit(terminal);
      const quitAt = Date.now();
      if (how.exited) await terminal.waitFor(how.exited, 5_000);
      await approver.waitFor("This sign-in was cancelled.", 5_000);
      expect(Date.now() - quitAt).toBeLessThan(3_000);
    });
  }
});

describe("the server killed while an answer is being sent", () => {
  let own: BuiltServer | undefined;
  afterAll(async () => {
    await own?.stop();
  });

  it("keeps the request on screen sending, and the answer arrives once the server is back: the sign-in succeeds", async () => {
    const dataDir = join(dir, "killed");
    const env = {
      PORT: String(await freePort()),
      TWOFOLD_GATEWAY_PORT: String(await freePort()),
      // Room for a slow restart on a busy machine before the request would expire.
      TWOFOLD_PUSH_TTL_SECONDS: "180",
    };
    own = await startBuiltServer(dataDir, env);
    const url = own.url;
    const person = await personWithCode(url, dataDir, "killed");
    const tmux = await approverIn(url, person);
    await tmux.waitFor("Connected to the push gateway.");
    const browser = await browserAtPush(url, person);
    await tmux.waitFor("Is this you signing in?");
    await tmux.key("Enter");
    await tmux.waitFor("Number shown on the login page");
    await tmux.type(String(browser.push.number));

    // kill -9: no goodbye to anyone; then YES is sent to a server that is not there.
    const exited = new Promise((done) => own?.child.once("exit", done));
    own.child.kill("SIGKILL");
    await exited;
    await tmux.key("Enter");
    const sending = await tmux.waitFor("trying again until it has your answer");
    expect(sending).toContain("Is this you signing in?");
    expect(sending).not.toContain("Approved");

    own = await startBuiltServer(dataDir, env);
    expect(own.url).toBe(url);
    await tmux.waitFor("Approved: the browser is signing in.", 30_000);
    const signedIn = await browser.api.auth.finishPush.mutate({
      requestId: browser.push.requestId,
    });
    expect(signedIn.status).toBe("authenticated");
  });
});
