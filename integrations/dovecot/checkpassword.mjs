#!/usr/bin/env node
// Dovecot's checkpassword passdb, answered by Twofold's sync check (POST /sync/check).
// Dovecot writes "user\0password\0..." on fd 3; on success we run the reply program it names
// (argv[2]) with USER set; exit 1 refuses the login, 111 is a temporary failure.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const PROTOCOLS = { imap: "imap", pop3: "pop3", submission: "submission", smtp: "smtp" };

const [user = "", password = ""] = readFileSync(3).toString("utf8").split("\0");
const service = (process.env.SERVICE ?? "imap").toLowerCase();
const url = process.env.TWOFOLD_SYNC_URL;
const secret = process.env.TWOFOLD_SYNC_SECRET;
if (!url || !secret || !(service in PROTOCOLS)) process.exit(111);

let verdict;
try {
  const response = await fetch(url, {
    method: "POST",
    headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
    body: JSON.stringify({
      user,
      password,
      protocol: PROTOCOLS[service],
      ip: process.env.TCPREMOTEIP ?? "",
      client: `dovecot ${service}`,
    }),
    signal: AbortSignal.timeout(5_000),
  });
  if (!response.ok) process.exit(111);
  verdict = await response.json();
} catch {
  process.exit(111);
}
if (verdict?.result !== "allow") process.exit(1);

const reply = spawnSync(process.argv[2] ?? "", {
  stdio: ["inherit", "inherit", "inherit", "ignore", 4],
  env: { ...process.env, USER: user },
});
process.exit(reply.status ?? 111);
