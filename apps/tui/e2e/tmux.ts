import { execFileSync } from "node:child_process";
import { requireProgram } from "@twofold/testing";

// Without tmux every file that drives the terminal fails here, in one line naming the package.
const TMUX = requireProgram("tmux");

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A program running in a detached tmux session, driven key by key like a person would. Each
 * session has its own tmux server (its own socket): on a shared one, a session that starts while
 * the server of the last one is exiting fails with "server exited unexpectedly".
 */
export class TmuxSession {
  private constructor(readonly name: string) {}

  private static counter = 0;

  static start(command: string, size = { columns: 80, rows: 24 }): TmuxSession {
    TmuxSession.counter += 1;
    const name = `twofold-e2e-${process.pid}-${Date.now()}-${TmuxSession.counter}`;
    execFileSync(TMUX, [
      "-L",
      name,
      "-f",
      "/dev/null",
      "new-session",
      "-d",
      "-s",
      name,
      "-x",
      String(size.columns),
      "-y",
      String(size.rows),
      command,
    ]);
    return new TmuxSession(name);
  }

  screen(): string {
    return execFileSync(TMUX, ["-L", this.name, "capture-pane", "-p", "-t", this.name], {
      encoding: "utf8",
    });
  }

  /** The pane with its escape sequences: colours show as ESC[3Xm. */
  styledScreen(): string {
    return execFileSync(TMUX, ["-L", this.name, "capture-pane", "-p", "-e", "-t", this.name], {
      encoding: "utf8",
    });
  }

  /** One key per send-keys (tmux key names: Enter, Tab, Escape, Down, BSpace). */
  async key(name: string): Promise<void> {
    execFileSync(TMUX, ["-L", this.name, "send-keys", "-t", this.name, name]);
    await sleep(80);
  }

  /** Literal text, one character per send-keys. */
  async type(text: string): Promise<void> {
    for (const char of text) {
      execFileSync(TMUX, ["-L", this.name, "send-keys", "-t", this.name, "-l", char]);
      await sleep(5);
    }
    await sleep(40);
  }

  async waitFor(text: string | RegExp, timeoutMs = 15_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (typeof text === "string" ? screen.includes(text) : text.test(screen)) {
        await sleep(50);
        return screen;
      }
      if (Date.now() > deadline) {
        throw new Error(`the terminal never showed ${String(text)}; it shows:\n${screen}`);
      }
      await sleep(30);
    }
  }

  resize(columns: number, rows: number): void {
    execFileSync(TMUX, [
      "-L",
      this.name,
      "resize-window",
      "-t",
      this.name,
      "-x",
      String(columns),
      "-y",
      String(rows),
    ]);
  }

  kill(): void {
    try {
      execFileSync(TMUX, ["-L", this.name, "kill-server"], { stdio: "ignore" });
    } catch {
      // already gone
    }
  }
}
