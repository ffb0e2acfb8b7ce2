// The webmail's real parts beside Dovecot (@twofold/testing's startDovecot): Debian's Roundcube,
// written by integrations/roundcube/configure.sh into a folder of the test's own and served by
// PHP as a child process; a mail placed in a Dovecot maildir; and a pass-through in front of
// Dovecot that keeps the XOAUTH2 credentials the webmail logs in with.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import {
  chownSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { connect, createServer, type Socket } from "node:net";
import { join, resolve } from "node:path";
import { loopbackAddress, requireProgram, requireRoundcube } from "@twofold/testing";

const INTEGRATIONS = resolve(import.meta.dirname, "..", "..", "..", "integrations");

/** A server run by the test: its process, where it logs, and a stop that waits for its exit. */
export interface Child {
  process: ChildProcess;
  /** The end of its log, to say why it failed. */
  log: () => string;
  stop: () => Promise<void>;
}

function tail(file: string): string {
  return existsSync(file) ? readFileSync(file, "utf8").slice(-4_000) : `(no ${file})`;
}

function child(process: ChildProcess, logFile: string): Child {
  return {
    process,
    log: () => tail(logFile),
    stop: () =>
      new Promise((done) => {
        if (process.exitCode !== null || process.signalCode !== null) return done();
        const kill = setTimeout(() => process.kill("SIGKILL"), 10_000);
        process.once("exit", () => {
          clearTimeout(kill);
          done();
        });
        process.kill("SIGTERM");
      }),
  };
}

function isOpen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.destroy();
      done(true);
    });
    socket.on("error", () => done(false));
  });
}

/** Resolves once `port` of 127.0.0.1 accepts connections; fails when the server exits first. */
async function listening(port: number, server: Child, name: string, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (server.process.exitCode !== null) {
      throw new Error(`${name} exited with ${server.process.exitCode}:\n${server.log()}`);
    }
    if (await isOpen(port)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} did not listen on ${port} within ${ms} ms:\n${server.log()}`);
}

/**
 * Delivers `message` to `email`'s inbox the maildir way (written in tmp/, moved to new/), owned
 * like the mail folder configure.sh made (Dovecot running as root reads mail as nobody).
 */
export function deliver(mail: string, email: string, message: string): void {
  const { uid, gid } = statSync(mail);
  const home = join(mail, email);
  for (const folder of [home, join(home, "tmp"), join(home, "new"), join(home, "cur")]) {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    chownSync(folder, uid, gid);
  }
  const name = `${Date.now()}.twofold-e2e.localhost`;
  const file = join(home, "tmp", name);
  writeFileSync(file, message.replace(/\r?\n/g, "\r\n"), { mode: 0o600 });
  chownSync(file, uid, gid);
  renameSync(file, join(home, "new", name));
}

export interface Roundcube extends Child {
  /** Its address: the redirect URI registered at Twofold is built from this origin. */
  url: string;
}

/**
 * Roundcube on http://127.0.0.1:`port`/ (integrations/roundcube/configure.sh, then its serve
 * script), signing in through Twofold at `issuer` as `client`, its IMAP on `imapPort`.
 */
export async function startRoundcube(options: {
  dir: string;
  port: number;
  imapPort: number;
  issuer: string;
  client: { id: string; secret: string };
}): Promise<Roundcube> {
  requireProgram("php");
  requireRoundcube();
  const { dir, port, imapPort, issuer, client } = options;
  const serve = execFileSync(join(INTEGRATIONS, "roundcube", "configure.sh"), [
    dir,
    String(port),
    String(imapPort),
    issuer,
    client.id,
    client.secret,
  ])
    .toString()
    .trim();
  const server = child(spawn(serve, [], { stdio: "ignore" }), join(dir, "logs", "errors.log"));
  // PHP starts in a moment; a busy machine may take longer.
  await listening(port, server, "roundcube", 45_000).catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  return { ...server, url: `http://127.0.0.1:${port}` };
}

export interface ImapTap {
  port: number;
  /** The XOAUTH2 initial responses (base64) clients sent through the tap, in order. */
  xoauth2: string[];
  close: () => Promise<void>;
}

/**
 * A pass-through in front of an IMAP server (the bytes both ways untouched) that keeps the
 * XOAUTH2 credentials its clients send: the access token a webmail really logs in with. Each
 * connection goes on from a loopback address of its own, so that a login refused on purpose
 * delays no later one (Dovecot's auth penalty).
 */
export async function imapTap(target: number): Promise<ImapTap> {
  const xoauth2: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect({ port: target, host: "127.0.0.1", localAddress: loopbackAddress() });
    sockets.add(client).add(upstream);
    let sent = "";
    client.on("data", (chunk: Buffer) => {
      // Only the start of a connection: the authentication comes before any mail.
      if (sent.length < 16_384) {
        sent += chunk.toString("latin1");
        const auth = /^\S+ AUTHENTICATE XOAUTH2 (\S+)\r\n/m.exec(sent);
        if (auth?.[1] && !xoauth2.includes(auth[1])) xoauth2.push(auth[1]);
      }
    });
    client.pipe(upstream).pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("error", close).on("close", close);
    upstream.on("error", close).on("close", close);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  if (typeof address !== "object" || !address) throw new Error("the IMAP tap has no port");
  return {
    port: address.port,
    xoauth2,
    close: () =>
      new Promise((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}
