import { appendFile, mkdir, readFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { SmsMessage, SmsSender } from "../sender";

export interface OutboxEntry extends SmsMessage {
  sentAt: string;
}

/**
 * The embedded provider: messages are appended to a file (one JSON object per line, mode 0600)
 * instead of being sent, so a person trying Twofold locally reads their code with
 * `pnpm sms:outbox`. For development only: the file holds live codes.
 */
export function outboxSender(file: string, now: () => Date = () => new Date()): SmsSender {
  return {
    name: "outbox",
    async send(message) {
      await mkdir(dirname(file), { recursive: true, mode: 0o700 });
      const entry: OutboxEntry = { sentAt: now().toISOString(), ...message };
      await appendFile(file, `${JSON.stringify(entry)}\n`, { mode: 0o600 });
    },
  };
}

/** The latest messages of an outbox, newest last; none when nothing was sent yet. */
export async function readOutbox(file: string, count = 5): Promise<OutboxEntry[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const entries: OutboxEntry[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    const value = parseLine(line);
    if (isEntry(value)) entries.push(value);
  }
  return entries.slice(-count);
}

/** A line cut short (a crash mid-write) is skipped, not fatal. */
function parseLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}

function isEntry(value: unknown): value is OutboxEntry {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.to === "string" && typeof v.body === "string" && typeof v.sentAt === "string";
}
