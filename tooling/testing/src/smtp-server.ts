import { createServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The message as sent (headers and body). */
  data: string;
}

export interface SmtpServer {
  url: string;
  received: ReceivedMail[];
  /** Connections accepted so far (tries of the mailer, hung ones included). */
  connections: () => number;
  /** Recipients answered `550` at RCPT from now on. */
  refuse: (address: string) => void;
  /** While on, new connections are accepted and never answered (a hung SMTP server). */
  hang: (on: boolean) => void;
  /** Stops listening (connections refused) and drops open ones; `start` listens again, same port. */
  stop: () => Promise<void>;
  start: () => Promise<void>;
  close(): Promise<void>;
}

/**
 * A local SMTP server (RFC 5321's plain subset: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT;
 * no TLS, no auth) that keeps what it receives: the outside boundary of the SMTP mailer. It can
 * refuse a recipient, hang, or be down for a while.
 */
export async function startSmtpServer(): Promise<SmtpServer> {
  const received: ReceivedMail[] = [];
  const refused = new Set<string>();
  const sockets = new Set<Socket>();
  let hanging = false;
  let connections = 0;
  const server = createServer((socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => undefined);
    if (hanging) return;
    socket.setEncoding("utf8");
    let buffer = "";
    let inData = false;
    let mail: ReceivedMail = { from: "", to: [], data: "" };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply("220 localhost test SMTP");
    socket.on("data", (chunk: string) => {
      buffer += chunk;
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end === -1) return;
          mail.data = buffer.slice(0, end).replace(/^\.\./gm, ".");
          buffer = buffer.slice(end + 5);
          inData = false;
          received.push(mail);
          mail = { from: "", to: [], data: "" };
          reply("250 OK queued");
          continue;
        }
        const eol = buffer.indexOf("\r\n");
        if (eol === -1) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO") reply("250-localhost\r\n250 8BITMIME");
        else if (verb === "HELO" || verb === "NOOP" || verb === "RSET") reply("250 OK");
        else if (verb === "MAIL") {
          mail.from = /<([^>]*)>/.exec(line)?.[1] ?? "";
          reply("250 OK");
        } else if (verb === "RCPT") {
          const to = /<([^>]*)>/.exec(line)?.[1] ?? "";
          if (refused.has(to)) reply("550 No such user here");
          else {
            mail.to.push(to);
            reply("250 OK");
          }
        } else if (verb === "DATA") {
          inData = true;
          reply("354 End data with <CR><LF>.<CR><LF>");
        } else if (verb === "QUIT") {
          reply("221 Bye");
          socket.end();
        } else reply("502 Command not implemented");
      }
    });
  });
  const listen = (at: number) => new Promise<void>((done) => server.listen(at, "127.0.0.1", done));
  const stop = () =>
    new Promise<void>((done) => {
      for (const s of sockets) s.destroy();
      if (server.listening) server.close(() => done());
      else done();
    });
  await listen(0);
  const { port } = server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    connections: () => connections,
    refuse: (address) => refused.add(address),
    hang: (on) => {
      hanging = on;
    },
    stop,
    start: () => listen(port),
    close: stop,
  };
}
