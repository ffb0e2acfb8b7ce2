import { appendFile, mkdir, readFile } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * The embedded providers' outbox (text messages, emails): one JSON object per line, in a file
 * of mode 0600, so a person trying Twofold locally reads what was "sent". For development only:
 * the file holds live codes and links.
 */
export async function appendEntry(file: string, entry: object): Promise<void> {
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  await appendFile(file, `${JSON.stringify(entry)}\n`, { mode: 0o600 });
}

/** The latest entries of an outbox, newest last; none when nothing was sent yet. */
export async function readEntries<T>(
  file: string,
  count: number,
  isEntry: (value: unknown) => value is T,
): Promise<T[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const entries: T[] = [];
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

/** What the embedded providers share: entries of string fields, stamped when "sent". */
export interface StampedOutbox<Entry extends Record<string, string>> {
  append: (entry: Entry) => Promise<void>;
  latest: (count: number) => Promise<(Entry & { sentAt: string })[]>;
}

/** An outbox of entries whose `fields` are strings; a line without them is skipped. */
export function stampedOutbox<Entry extends Record<string, string>>(
  file: string,
  options: { fields: readonly (keyof Entry & string)[]; now: () => Date },
): StampedOutbox<Entry> {
  const { fields, now } = options;
  const isEntry = (value: unknown): value is Entry & { sentAt: string } => {
    if (typeof value !== "object" || value === null) return false;
    const v = value as Record<string, unknown>;
    return [...fields, "sentAt"].every((field) => typeof v[field] === "string");
  };
  return {
    append: (entry) => appendEntry(file, { sentAt: now().toISOString(), ...entry }),
    latest: (count) => readEntries(file, count, isEntry),
  };
}
