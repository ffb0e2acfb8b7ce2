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
 * The 6-digit code of the newest address-confirmation mail to `to` in a mail outbox (sent since
 * `after`, when given): the server's mail worker sends within a second or so.
 */
export async function waitForSignUpCode(
  mailOutbox: string,
  to: string,
  { after, timeoutMs = 20_000 }: { after?: Date; timeoutMs?: number } = {},
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  const address = to.trim().toLowerCase();
  for (;;) {
    const code = (await outboxMails(mailOutbox))
      .filter((m) => m.to === address && (!after || new Date(m.sentAt) >= after))
      .map((m) => /\/verify-email#email=[^&\s]+&code=(\d{6})/.exec(m.text)?.[1])
      .filter((c) => c !== undefined)
      .at(-1);
    if (code) return code;
    if (Date.now() > deadline)
      throw new Error(`no confirmation mail to ${address} in ${mailOutbox}`);
    await sleep(50);
  }
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
