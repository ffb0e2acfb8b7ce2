import { readOutbox } from "@twofold/core";
import { readEnv } from "./env";
import { outboxFile } from "./sms";

/**
 * `pnpm sms:outbox [count]`: the latest messages the embedded SMS provider "sent", so a person
 * trying Twofold locally can read their code.
 */
async function main(): Promise<void> {
  const env = readEnv();
  const file = outboxFile(env);
  const count = Math.max(1, Number.parseInt(process.argv[2] ?? "5", 10) || 5);
  const entries = await readOutbox(file, count);
  if (entries.length === 0) {
    process.stdout.write(`No SMS sent yet (outbox: ${file}).\n`);
    return;
  }
  for (const entry of entries) {
    const at = new Date(entry.sentAt).toLocaleString();
    process.stdout.write(`\n${at}  to ${entry.to}\n${entry.body.replace(/^/gm, "  ")}\n`);
  }
  process.stdout.write("\n");
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
