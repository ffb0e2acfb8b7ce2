// Signing up as every client does, for the tests of the front ends, the device package and the
// bench: `auth.signUp`, the code of the mail the server really sent (its mail outbox), then
// `auth.verifyEmail`. One driver, so no test repeats the mail-reading.
import { readFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";

/** What signing up needs of an API client (the typed tRPC client fits). */
export interface SignUpApi {
  auth: {
    signUp: {
      mutate: (input: {
        email: string;
        password: string;
        displayName?: string;
      }) => Promise<unknown>;
    };
    verifyEmail: {
      mutate: (input: {
        email: string;
        code: string;
        remember?: boolean;
        tokenInBody?: boolean;
      }) => Promise<{ token?: string }>;
    };
  };
}

interface OutboxMail {
  sentAt: string;
  to: string;
  text: string;
}

async function outboxMails(file: string): Promise<OutboxMail[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line): unknown => JSON.parse(line))
    .filter((m): m is OutboxMail => {
      const v = m as Record<string, unknown>;
      return typeof v.sentAt === "string" && typeof v.to === "string" && typeof v.text === "string";
    });
}

/**
 * The first group of `pattern` in the newest mail to `to` in a mail outbox that holds it (sent
 * since `after`, when given): the server's mail worker sends within a second or so.
 */
export async function waitForMail(
  mailOutbox: string,
  to: string,
  { pattern, after, timeoutMs = 20_000 }: { pattern: RegExp; after?: Date; timeoutMs?: number },
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  const address = to.trim().toLowerCase();
  for (;;) {
    const found = (await outboxMails(mailOutbox))
      .filter((m) => m.to === address && (!after || new Date(m.sentAt) >= after))
      .map((m) => pattern.exec(m.text)?.[1])
      .filter((value) => value !== undefined)
      .at(-1);
    if (found) return found;
    if (Date.now() > deadline)
      throw new Error(`no mail matching ${pattern} to ${address} in ${mailOutbox}`);
    await sleep(50);
  }
}

/** The 6-digit code of the newest address-confirmation mail to `to` (see `waitForMail`). */
export function waitForSignUpCode(
  mailOutbox: string,
  to: string,
  options: { after?: Date; timeoutMs?: number } = {},
): Promise<string> {
  return waitForMail(mailOutbox, to, {
    ...options,
    pattern: /\/verify-email#email=[^&\s]+&code=(\d{6})/,
  });
}

/** Signs up and confirms the address with the mailed code: the new session's bearer token. */
export async function confirmedSignUp(
  api: SignUpApi,
  mailOutbox: string,
  person: { email: string; password: string; displayName?: string; remember?: boolean },
): Promise<string> {
  const { remember = true, ...input } = person;
  const after = new Date(Date.now() - 1000);
  await api.auth.signUp.mutate(input);
  const code = await waitForSignUpCode(mailOutbox, person.email, { after });
  const done = await api.auth.verifyEmail.mutate({
    email: person.email,
    code,
    remember,
    tokenInBody: true,
  });
  if (!done.token) throw new Error("no token after confirming the address");
  return done.token;
}

/** The session token a sign-in answered (none while the address waits for its code). */
export function tokenOf(outcome: { status: string } | { token?: string }): string | null {
  return "token" in outcome && outcome.token ? outcome.token : null;
}
