import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createApiClient, type ApiClient } from "@twofold/client";
import { render } from "ink-testing-library";
import { startTestServer, type StartOptions, type TestServer } from "@twofold/test-stack";
import { confirmedSignUp } from "@twofold/test-stack";
import { App } from "../src/App";
import { themeFor } from "../src/components/theme";
import { createTerminalClient } from "../src/lib/api-client";
import { startLocale } from "../src/lib/locale";
import { createTokenStore, type TokenStore } from "../src/lib/token-store";

export const KEY = {
  enter: "\r",
  tab: "\t",
  escape: "\u001B",
  down: "\u001B[B",
  up: "\u001B[A",
  backspace: "\u007F",
  ctrlR: "\u0012",
  pageDown: "\u001B[6~",
} as const;

/** A real server in this process on a fresh embedded database (see @twofold/test-stack). */
export { startTestServer };
/** Signing up through the mail the server sent (see @twofold/test-stack). */
export { confirmedSignUp, waitForSignUpCode } from "@twofold/test-stack";

export interface Terminal {
  frame: () => string;
  /** Sends keys as a person types them: one key per event. */
  type: (text: string) => Promise<void>;
  press: (key: string) => Promise<void>;
  /** Backspace `count` times, at typing speed. */
  erase: (count: number) => Promise<void>;
  /** Waits until the screen shows `text` (or matches), and returns the frame. */
  waitFor: (text: string | RegExp, timeoutMs?: number) => Promise<string>;
  store: TokenStore;
  unmount: () => void;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Renders the whole app against `server`, keeping its session in `configDir`. */
export function openTerminal(
  server: string,
  configDir: string,
  env: NodeJS.ProcessEnv = {},
): Terminal {
  // Each terminal starts in its environment's language (English unless `env` names another).
  startLocale(env);
  const store = createTokenStore(configDir, server);
  const api = createTerminalClient(server, store.get);
  const ink = render(<App api={api} server={server} store={store} theme={themeFor(env)} />);
  const frame = (): string => ink.lastFrame() ?? "";
  return {
    frame,
    store,
    unmount: () => ink.unmount(),
    // A key that moves focus or changes the screen takes effect on the next render.
    press: async (key) => {
      ink.stdin.write(key);
      await sleep(60);
    },
    erase: async (count) => {
      for (let i = 0; i < count; i += 1) {
        ink.stdin.write(KEY.backspace);
        await sleep(3);
      }
      await sleep(20);
    },
    type: async (text) => {
      for (const char of text) {
        ink.stdin.write(char);
        await sleep(3);
      }
      await sleep(20);
    },
    waitFor: async (text, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const current = frame();
        if (typeof text === "string" ? current.includes(text) : text.test(current)) {
          // A new screen listens for keys from its effects, just after it is drawn.
          await new Promise((resolve) => setTimeout(resolve, 30));
          return current;
        }
        if (Date.now() > deadline) {
          throw new Error(`the screen never showed ${String(text)}; it shows:\n${current}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}

/** The base32 key as the screen shows it, spaces removed. */
export function keyOnScreen(frame: string): string {
  const match = /type this key in the app: ([A-Z2-7 ]+)/.exec(frame);
  if (!match?.[1]) throw new Error(`no key on the screen:\n${frame}`);
  return match[1].replace(/\s/g, "");
}

/** One text message in the outbox: one JSON object per line, as the server appends them. */
export interface SMSMessage {
  sentAt: string;
  to: string;
  body: string;
}

function isSMSMessage(value: unknown): value is SMSMessage {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.sentAt === "string" && typeof v.to === "string" && typeof v.body === "string";
}

/** The entries of a JSON-lines outbox, oldest first; none when nothing was sent yet. */
function readOutbox<T>(file: string, isEntry: (value: unknown) => value is T): T[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line): unknown => JSON.parse(line))
    .filter(isEntry);
}

/** The messages of an outbox, oldest first; none when nothing was sent yet. */
export function readSMSOutbox(file: string): SMSMessage[] {
  return readOutbox(file, isSMSMessage);
}

/** One email in the mail outbox, as the server's embedded mailer appends them. */
export interface MailMessage {
  sentAt: string;
  to: string;
  subject: string;
  text: string;
}

function isMailMessage(value: unknown): value is MailMessage {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return ["sentAt", "to", "subject", "text"].every((k) => typeof v[k] === "string");
}

/**
 * Waits for a security notification to `to` (the server's log worker mails a moment after the
 * event) and returns the token of its "this wasn't me" link.
 */
export async function waitForNotMeToken(
  file: string,
  to: string,
  timeoutMs = 10_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mail = readOutbox(file, isMailMessage).filter((m) => m.to === to);
    const token = mail.map((m) => /\/not-me\?token=(\S+)/.exec(m.text)?.[1]).find(Boolean);
    if (token) return token;
    if (Date.now() > deadline) throw new Error(`no "this wasn't me" link to ${to} in ${file}`);
    await sleep(50);
  }
}

/** Waits for an email to `to` with a six-digit code (a recovery address to confirm) and returns it. */
export async function waitForMailedCode(
  file: string,
  to: string,
  timeoutMs = 10_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mail = readOutbox(file, isMailMessage).filter((m) => m.to === to);
    const code = /\b(\d{6})\b/.exec(mail.at(-1)?.text ?? "")?.[1];
    if (code) return code;
    if (Date.now() > deadline) throw new Error(`no code mailed to ${to} in ${file}`);
    await sleep(50);
  }
}

/** The session token a sign-in answered (none when the address still waits for its code). */
export function tokenOf(outcome: { status: string } | { token?: string }): string | null {
  return "token" in outcome && outcome.token ? outcome.token : null;
}

/** The six-digit code a message carries ("Your Twofold code is 123456. ..."). */
export function smsCode(message: SMSMessage): string {
  const match = /\b(\d{6})\b/.exec(message.body);
  if (!match?.[1]) throw new Error(`no code in the text message: ${message.body}`);
  return match[1];
}

/**
 * Waits until the outbox holds more than `after` messages (to `to`, an E.164 number, when
 * given) and returns the code of the newest: the one that works.
 */
export async function waitForSMSCode(
  file: string,
  { after = 0, to }: { after?: number; to?: string } = {},
  timeoutMs = 10_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const messages = readSMSOutbox(file);
    const newest = messages
      .slice(after)
      .filter((m) => to === undefined || m.to === to)
      .at(-1);
    if (newest) return smsCode(newest);
    if (Date.now() > deadline) {
      throw new Error(`no text message after the first ${after} in ${file}`);
    }
    await sleep(20);
  }
}

/** A sentence as Ink wraps it: any space may have become a line break. */
export function wrapped(sentence: string): RegExp {
  return new RegExp(sentence.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"));
}

/** Moves down a menu to the line that reads `line` and picks it, as a person would. */
export async function chooseLine(on: Terminal, line: string): Promise<void> {
  for (let i = 0; i < 16 && !on.frame().includes(`› ${line}`); i += 1) await on.press("j");
  await on.waitFor(`› ${line}`);
  await on.press(KEY.enter);
}

export interface SignedUpTerminal {
  stack: TestServer;
  /** The terminal app's own API client, on the signed-up session. */
  api: ReturnType<typeof createTerminalClient>;
  terminal: Terminal;
  close: () => Promise<void>;
}

/**
 * A fresh server, a person signed up through the API as the terminal app, with the session
 * where the app keeps it, and the app open on it.
 */
export async function signedUpTerminal(
  person: { email: string; password: string; displayName: string },
  engine: Pick<StartOptions, "clock" | "config"> = {},
): Promise<SignedUpTerminal> {
  const stack = await startTestServer({}, engine);
  const config = join(stack.dir, "config");
  const store = createTokenStore(config, stack.server.url);
  const api = createTerminalClient(stack.server.url, store.get);
  store.set(await confirmedSignUp(api, stack.mailOutbox, person));
  const terminal = openTerminal(stack.server.url, config);
  return {
    stack,
    api,
    terminal,
    close: async () => {
      terminal.unmount();
      await stack.close();
    },
  };
}

/**
 * A sign-in elsewhere, as Firefox on Linux would make it: its own client on its own session,
 * stopped at the second step when there is one.
 */
export async function signInAsFirefox(
  serverUrl: string,
  email: string,
  password: string,
): Promise<ApiClient> {
  let token: string | null = null;
  const asFirefox: typeof fetch = (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set(
      "user-agent",
      "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    );
    return fetch(input, { ...init, headers });
  };
  const client = createApiClient({
    url: `${serverUrl}/trpc`,
    token: () => token,
    fetch: asFirefox,
  });
  const outcome = await client.auth.signIn.mutate({ email, password, tokenInBody: true });
  token = tokenOf(outcome);
  return client;
}
