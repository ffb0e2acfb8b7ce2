/**
 * A person with two-step on through an OTP app, signed in through the API's caller as a browser
 * or the terminal app does: this layer's one driver (the person is core's `personWithTOTP`).
 */
import {
  personWithTOTP,
  TEST_PASSWORD,
  type PersonWithTOTP,
  type TestEngine,
} from "@twofold/core/testing";
import { otpAppCode } from "@twofold/testing";
import type { TokenSource } from "../src/context";
import { createClient, keep, type Client } from "./clients";

/** Password only: a session waiting for its second factor (the clock moves on a step first). */
export async function signInPending(
  engine: TestEngine,
  email: string,
  via: TokenSource,
): Promise<Client> {
  engine.clock.advanceSeconds(30);
  const client = createClient(engine.twofold, via);
  const outcome = keep(
    client,
    await client.caller.auth.signIn({
      email,
      password: TEST_PASSWORD,
      tokenInBody: via === "bearer",
    }),
  );
  if (outcome.status !== "second_factor_required") throw new Error("expected a pending sign-in");
  return client;
}

/** Password, then the code of the OTP app: a full sign-in, fresh enough for security changes. */
export async function signInWithTOTP(
  engine: TestEngine,
  person: Pick<PersonWithTOTP, "email" | "otpauthUri">,
  via: TokenSource,
): Promise<{ client: Client; sessionId: string; totpCode: string }> {
  const client = await signInPending(engine, person.email, via);
  const totpCode = otpAppCode(person.otpauthUri, engine.clock.now());
  keep(client, await client.caller.auth.verifyTOTP({ code: totpCode }));
  const me = await client.caller.auth.me();
  if (me.session.state !== "active") throw new Error("the client is not signed in");
  return { client, sessionId: me.session.id, totpCode };
}

/** A new person with an OTP app, and a client of theirs signed in with password and code. */
export async function personSignedInWithTOTP(
  engine: TestEngine,
  via: TokenSource,
): Promise<{ person: PersonWithTOTP; client: Client; sessionId: string; totpCode: string }> {
  const person = await personWithTOTP(engine);
  return { person, ...(await signInWithTOTP(engine, person, via)) };
}
