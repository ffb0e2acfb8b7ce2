import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { render } from "ink-testing-library";
import { createApiClient } from "@twofold/client";
import { readEnv, startServer, type RunningServer } from "@twofold/server";
import { App } from "./App";
import { themeFor } from "./components/theme";
import { createTokenStore, type TokenStore } from "./lib/token-store";

export const KEY = {
  enter: "\r",
  tab: "\t",
  escape: "\u001B",
  down: "\u001B[B",
  up: "\u001B[A",
  backspace: "\u007F",
} as const;

/** A real server on a fresh embedded database in a temporary folder. */
export async function startTestServer(): Promise<{
  server: RunningServer;
  dir: string;
  close: () => Promise<void>;
}> {
  const dir = mkdtempSync(join(tmpdir(), "twofold-tui-"));
  const server = await startServer({
    env: readEnv({
      PORT: "0",
      LOG_LEVEL: "silent",
      TWOFOLD_DATA_DIR: join(dir, "data"),
      TWOFOLD_WEB_DIR: join(dir, "no-web"),
    }),
  });
  return {
    server,
    dir,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

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
  const store = createTokenStore(configDir, server);
  const api = createApiClient({ url: `${server}/trpc`, token: store.get });
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
