/**
 * Signing up as a person does: the sign-up, then the code of the mail the engine really sent
 * (the one driver of this layer; every test that needs an account starts here).
 */
import type { MailLocale } from "../src/notifications/texts";
import type { RequestMeta } from "../src/ports";
import type { IssuedSession } from "../src/sessions/sessions";
import { must, TEST_META, TEST_PASSWORD, type TestEngine } from "./engine";

export interface SignUpInput {
  email: string;
  password?: string;
  displayName?: string;
  locale?: MailLocale;
  timeZone?: string;
  remember?: boolean;
}

/** The code and link of the newest confirmation mail to `email` (after a round of the workers). */
export async function verificationMail(
  engine: Pick<TestEngine, "twofold" | "mails">,
  email: string,
): Promise<{ code: string; link: string; text: string }> {
  const to = email.trim().toLowerCase();
  // Workers running at the same time (other tests' sign-ups) may hold this mail a moment: a
  // round of our own, then look again, for up to 10 s.
  for (let round = 0; round < 100; round += 1) {
    await engine.twofold.securityLog.process();
    const mail = engine.mails.filter((m) => m.to === to && /\/verify-email#/.test(m.text)).at(-1);
    const found = mail && /(\S+\/verify-email#email=[^&\s]+&code=(\d{6}))/.exec(mail.text);
    if (mail && found?.[1] && found[2]) return { code: found[2], link: found[1], text: mail.text };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no confirmation mail to ${to}`);
}

/** Signs up and confirms the address with the mailed code: the account's first active session. */
export async function signedUpPerson(
  engine: Pick<TestEngine, "twofold" | "mails">,
  input: SignUpInput,
  meta: RequestMeta = TEST_META,
): Promise<IssuedSession> {
  const { remember, ...rest } = input;
  const password = input.password ?? TEST_PASSWORD;
  const answer = must(await engine.twofold.accounts.signUp({ ...rest, password }, meta));
  if (answer.status !== "verification_required") throw new Error("expected verification");
  const { code } = await verificationMail(engine, input.email);
  const verified = must(
    await engine.twofold.accounts.verifyEmail(
      { email: input.email, code, ...(remember !== undefined && { remember }) },
      meta,
    ),
  );
  return { token: verified.token, session: verified.session };
}
