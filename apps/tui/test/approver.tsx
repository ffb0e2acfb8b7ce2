// The approver (`twofold approve`) rendered against a real server, with what its tests share:
// a person signed up, this terminal enrolled, a browser signing in elsewhere.
import { join } from "node:path";
import { createApiClient, type ApiClient } from "@twofold/client";
import { enrollDevice, type DeviceIdentity } from "@twofold/device/node";
import { confirmedSignUp, type TestServer } from "@twofold/test-stack";
import { render } from "ink-testing-library";
import { Approver } from "../src/approver/Approver";
import { createDeviceStore, type DeviceStore } from "../src/lib/device-store";
import { tokenOf } from "./test-utils";

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A client with a bearer token; `ip`: the address a trusted proxy in front says it comes from. */
export function bearer(
  serverUrl: string,
  options: { ip?: string; fetch?: typeof fetch } = {},
): { api: ApiClient; keep: (token?: string | null) => string | null } {
  let token: string | null = null;
  const send = options.fetch ?? fetch;
  const api = createApiClient({
    url: `${serverUrl}/trpc`,
    token: () => token,
    fetch: (input, init) => {
      const headers = new Headers(init?.headers);
      if (options.ip) headers.set("x-forwarded-for", options.ip);
      return send(input, { ...init, headers });
    },
  });
  return { api, keep: (t) => (token = t ?? token) };
}

/**
 * The network between this terminal and the server, which a test can cut: while it is down,
 * every request fails as a fetch does when the server cannot be reached (a TypeError).
 */
export function cuttableNetwork(): { fetch: typeof fetch; cut: () => void; restore: () => void } {
  let down = false;
  return {
    fetch: (input, init) =>
      down ? Promise.reject(new TypeError("fetch failed")) : fetch(input, init),
    cut: () => (down = true),
    restore: () => (down = false),
  };
}

export interface ApproverTerminal {
  frame: () => string;
  type: (text: string) => Promise<void>;
  press: (key: string) => Promise<void>;
  /** Waits until the screen shows `text` (or matches it, or `text()` holds); the frame then. */
  waitFor: (text: string | RegExp | (() => boolean), timeoutMs?: number) => Promise<string>;
  /** Gone from the screen: the app exited (it no longer reads the keyboard). */
  exited: () => boolean;
  unmount: () => void;
}

/** Renders `twofold approve` for `store`'s server, through `fetch` when given. */
export function openApprover(options: {
  serverUrl: string;
  store: DeviceStore;
  fetch?: typeof fetch;
  pollMs?: number;
  noticeMs?: number;
}): ApproverTerminal {
  const device = createApiClient({
    url: `${options.serverUrl}/trpc`,
    ...(options.fetch && { fetch: options.fetch }),
  });
  const ink = render(
    <Approver
      api={device}
      server={options.serverUrl}
      store={options.store}
      pollMs={options.pollMs ?? 150}
      noticeMs={options.noticeMs}
    />,
  );
  const frame = (): string => ink.lastFrame() ?? "";
  return {
    frame,
    unmount: () => ink.unmount(),
    // Ink listens to the keyboard while the app runs and lets go when it exits.
    exited: () => ink.stdin.listenerCount("readable") === 0,
    press: async (key) => {
      ink.stdin.write(key);
      await sleep(60);
    },
    type: async (text) => {
      for (const char of text) {
        ink.stdin.write(char);
        await sleep(3);
      }
      await sleep(30);
    },
    // Generous: the machine running the tests may be busy with others.
    waitFor: async (text, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const current = frame();
        const shown =
          typeof text === "string"
            ? current.includes(text)
            : text instanceof RegExp
              ? text.test(current)
              : text();
        if (shown) {
          await sleep(40);
          return current;
        }
        if (Date.now() > deadline) {
          throw new Error(`the approver never showed ${String(text)}; it shows:\n${current}`);
        }
        await sleep(20);
      }
    },
  };
}

export interface EnrolledPerson {
  email: string;
  password: string;
  owner: ApiClient;
  store: DeviceStore;
  identity: DeviceIdentity;
}

/**
 * A person signed up (each test its own: an account may ask 5 pushes per 10 minutes), with this
 * terminal already enrolled as their authenticator device (as the settings do it), its identity
 * in a store of its own.
 */
export async function enrolledPerson(stack: TestServer, name: string): Promise<EnrolledPerson> {
  const email = `${name}.${Date.now()}@example.ch`;
  const password = "the terminal says yes";
  const owner = bearer(stack.server.url);
  owner.keep(await confirmedSignUp(owner.api, stack.mailOutbox, { email, password }));
  const { enrollmentCode } = await owner.api.push.beginDeviceEnrollment.mutate({
    label: "Terminal",
  });
  const identity = await enrollDevice(
    createApiClient({ url: `${stack.server.url}/trpc` }),
    stack.server.url,
    {
      enrollmentCode,
      name: "Terminal",
      platform: "linux",
    },
  );
  const store = createDeviceStore(join(stack.dir, `config-${name}`), stack.server.url);
  store.set(identity);
  return { email, password, owner: owner.api, store, identity };
}

/** A browser signing in with the password, stopped at "check your device": its push started. */
export async function browserAtPush(
  serverUrl: string,
  person: { email: string; password: string },
  options: { ip?: string } = {},
): Promise<{
  api: ApiClient;
  keep: (token?: string | null) => string | null;
  push: { requestId: string; number: number; expiresAt: string };
}> {
  const browser = bearer(serverUrl, options);
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
  return { api: browser.api, keep: browser.keep, push };
}
