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
