import { readMailOutbox } from "@twofold/core";
import { readEnv } from "./env";
import { mailOutboxFile } from "./mail";

/**
 * `pnpm mail:outbox [count]`: the latest emails the embedded mailer "sent" (security
 * notifications, with their "this wasn't me" links).
 */
async function main(): Promise<void> {
  const env = readEnv();
  const file = mailOutboxFile(env);
  const count = Math.max(1, Number.parseInt(process.argv[2] ?? "5", 10) || 5);
  const entries = await readMailOutbox(file, count);
  if (entries.length === 0) {
    process.stdout.write(`No email sent yet (outbox: ${file}).\n`);
    return;
  }
  for (const entry of entries) {
    const at = new Date(entry.sentAt).toLocaleString();
    process.stdout.write(
      `\n${at}  to ${entry.to}\n  ${entry.subject}\n\n${entry.text.replace(/^/gm, "  ")}\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
