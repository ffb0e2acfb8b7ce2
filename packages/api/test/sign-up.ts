/**
 * Signing up through the API as a front end does: `auth.signUp`, the code of the mail the
 * engine really sent, then `auth.verifyEmail` (this layer's one sign-up driver).
 */
import {
  TEST_PASSWORD,
  uniqueEmail,
  verificationMail,
  type TestEngine,
} from "@twofold/core/testing";
import { createClient, keep, type Client } from "./clients";

export interface SignUpThrough {
  email: string;
  password?: string;
  displayName?: string;
  locale?: "en" | "fr" | "de" | "it";
  timeZone?: string;
  remember?: boolean;
  tokenInBody?: boolean;
}

/** Signs the client up and confirms the address: it holds the account's first session. */
export async function signUpThrough(
  engine: Pick<TestEngine, "twofold" | "mails">,
  client: Client,
  input: SignUpThrough,
): Promise<{ status: "authenticated"; token?: string }> {
  const { remember, tokenInBody, ...rest } = input;
  const answer = await client.caller.auth.signUp({
    ...rest,
    password: input.password ?? TEST_PASSWORD,
  });
  if (answer.status !== "verification_required") throw new Error("expected verification");
  const { code } = await verificationMail(engine, input.email);
  return keep(
    client,
    await client.caller.auth.verifyEmail({
      email: input.email,
      code,
      ...(remember !== undefined && { remember }),
      ...(tokenInBody !== undefined && { tokenInBody }),
    }),
  );
}

/** A browser that has just signed up: signed in, recently authenticated (step-up passes). */
export async function signedUpBrowser(
  engine: Pick<TestEngine, "twofold" | "mails">,
  email: string = uniqueEmail(),
): Promise<Client & { email: string }> {
  const client = createClient(engine.twofold, "cookie");
  await signUpThrough(engine, client, { email });
  return Object.assign(client, { email });
}
