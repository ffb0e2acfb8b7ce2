// Debian's Dovecot in front of a test's Twofold: configured by integrations/dovecot/configure.sh,
// run in the foreground, waited for, stopped. And IMAP spoken by hand, one authentication per
// connection, each from a loopback address of its own.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { connect } from "node:net";
import { join, resolve } from "node:path";
import { closedPort } from "./ports";
import { requireProgram } from "./programs";

const CONFIGURE = resolve(import.meta.dirname, "../../../integrations/dovecot/configure.sh");

let loopback = 0;

/**
 * A loopback address not used before by this process (127.0.2.1, 127.0.2.2, ...), for one IMAP
 * connection: Dovecot delays the next login from an address where one failed (its auth penalty:
 * 4 s after one failure, doubling up to 15 s, login_trusted_networks or not), and tests fail
 * logins on purpose.
 * The whole of 127.0.0.0/8 is this machine's on Linux.
 */
export function loopbackAddress(): string {
  loopback += 1;
  return `127.0.${2 + Math.floor(loopback / 250)}.${1 + (loopback % 250)}`;
}

export interface RunningDovecot {
  /** IMAP on 127.0.0.1, without TLS. */
  port: number;
  /** The mail folder: one maildir per user, `<mail>/<user>/`, owned by Dovecot's mail user. */
  mail: string;
  /** The end of Dovecot's log, to say why something failed. */
  log: () => string;
  /** Stops it (SIGTERM) and resolves once it exited; nothing when it already had. */
  stop: () => Promise<void>;
}

/**
 * Dovecot configured in `<dir>/dovecot` for the Twofold at `url` (`args`: `test` by default; add
 * `oauth <client-id> <client-secret>` for XOAUTH2 and OAUTHBEARER through Twofold's token
 * introspection) on a free port; resolves once it listens. `dir` must be enterable by Dovecot's
 * own users (0755) when the test runs as root.
 */
export async function startDovecot(options: {
  dir: string;
  url: string;
  syncSecret: string;
  args?: string[];
}): Promise<RunningDovecot> {
  // Without Dovecot this fails here, in one line naming the package to install.
  const program = requireProgram("dovecot");
  const port = await closedPort();
  const home = join(options.dir, "dovecot");
  const conf = execFileSync(CONFIGURE, [
    home,
    String(port),
    options.url,
    options.syncSecret,
    ...(options.args ?? ["test"]),
  ])
    .toString()
    .trim();
  const logFile = join(home, "dovecot.log");
  const log = () =>
    existsSync(logFile) ? readFileSync(logFile, "utf8").slice(-4_000) : "(no log yet)";
  const dovecot = spawn(program, ["-F", "-c", conf], { stdio: "ignore" });
  const stop = () =>
    new Promise<void>((done) => {
      if (dovecot.exitCode !== null || dovecot.signalCode !== null) return done();
      dovecot.once("exit", () => done());
      dovecot.kill("SIGTERM");
    });
  try {
    await waitForPort(port, () => dovecot.exitCode, log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, mail: join(home, "mail"), log, stop };
}

async function waitForPort(
  port: number,
  exitCode: () => number | null,
  log: () => string,
): Promise<void> {
  // Dovecot starts in a moment; a machine busy with other tests may take much longer.
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    const code = exitCode();
    if (code !== null) throw new Error(`dovecot exited with ${code}: ${log()}`);
    const open = await new Promise<boolean>((done) => {
      const s = connect(port, "127.0.0.1", () => {
        s.destroy();
        done(true);
      });
      s.on("error", () => done(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`dovecot did not listen on ${port} within 30 s: ${log()}`);
}

/**
 * One IMAP command that authenticates, over a fresh connection from a loopback address of its
 * own: the tagged answer ("OK", "NO" or "BAD").
 */
export function imapAuthenticate(port: number, command: string): Promise<string> {
  return new Promise((done, failed) => {
    const socket = connect({ port, host: "127.0.0.1", localAddress: loopbackAddress() });
    let buffer = "";
    let sent = false;
    let answered = false;
    socket.setTimeout(15_000, () => {
      socket.destroy();
      failed(new Error(`IMAP timed out: ${buffer}`));
    });
    socket.on("error", failed);
    socket.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      if (!sent && buffer.includes("* OK")) {
        sent = true;
        socket.write(`a1 ${command}\r\n`);
      }
      // A refused XOAUTH2 answers with a challenge (the error, as JSON) and waits for an empty line.
      if (sent && !answered && /^\+ /m.test(buffer)) {
        answered = true;
        socket.write("\r\n");
      }
      const tagged = /^a1 (OK|NO|BAD)/m.exec(buffer);
      if (tagged?.[1]) {
        socket.end("a2 LOGOUT\r\n");
        done(tagged[1]);
      }
    });
  });
}

/** LOGIN with a user and a password (an application password). */
export function imapLogin(port: number, user: string, password: string): Promise<string> {
  const quote = (s: string) => `"${s.replace(/(["\\])/g, "\\$1")}"`;
  return imapAuthenticate(port, `LOGIN ${quote(user)} ${quote(password)}`);
}

/** The XOAUTH2 initial response for a user and an OAuth access token, base64. */
export function xoauth2(user: string, token: string): string {
  return Buffer.from(`user=${user}\x01auth=Bearer ${token}\x01\x01`).toString("base64");
}

/** The user and the token of an XOAUTH2 initial response (base64), as a client sent it. */
export function readXOAuth2(initial: string): { user: string; token: string } {
  const [user, auth, ...end] = Buffer.from(initial, "base64").toString("utf8").split("\x01");
  const token = auth?.startsWith("auth=Bearer ") ? auth.slice("auth=Bearer ".length) : "";
  if (!user?.startsWith("user=") || !token || end.join("") !== "") {
    throw new Error("not an XOAUTH2 initial response");
  }
  return { user: user.slice("user=".length), token };
}

/** AUTHENTICATE XOAUTH2 with an OAuth access token (what a webmail signed in through Twofold sends). */
export function imapXOAuth2(port: number, user: string, token: string): Promise<string> {
  return imapAuthenticate(port, `AUTHENTICATE XOAUTH2 ${xoauth2(user, token)}`);
}
