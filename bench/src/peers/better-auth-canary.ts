import { generateSync } from "otplib";
import { SESSION_COOKIE, TWO_FACTOR_COOKIE } from "./better-auth-seed";

const PASSWORD = "correct horse battery staple";

interface Answer {
  status: number;
  body: unknown;
  /** name=value of every Set-Cookie. */
  cookies: Map<string, string>;
}

async function post(url: string, path: string, input: unknown, cookie?: string): Promise<Answer> {
  const response = await fetch(`${url}/api/auth${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      origin: url,
      ...(cookie && { cookie }),
    },
    body: JSON.stringify(input),
  });
  const cookies = new Map<string, string>();
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(";", 1)[0] ?? "";
    const at = pair.indexOf("=");
    if (at > 0) cookies.set(pair.slice(0, at), pair.slice(at + 1));
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.status !== 200) {
    throw new Error(`canary ${path}: HTTP ${response.status} ${JSON.stringify(body)}`);
  }
  return { status: response.status, body, cookies };
}

function cookieOf(answer: Answer, name: string, step: string): string {
  const value = answer.cookies.get(name);
  if (!value) throw new Error(`canary ${step}: no ${name} cookie was set`);
  return `${name}=${value}`;
}

/**
 * Signs one person up through the API, enables TOTP, signs in with email and password and
 * finishes with verify-totp: proves that a real pending sign-in is kept the way the seeding
 * writes it (a two_factor cookie holding a signed `2fa-` identifier) and that verify-totp with
 * it succeeds (HTTP 200, a new session cookie). Three scrypt hashes; run once per start.
 */
export async function checkRealSignIn(url: string): Promise<void> {
  const email = "canary@bench.invalid";
  const signUp = await post(url, "/sign-up/email", { name: "Canary", email, password: PASSWORD });
  const sessionCookie = cookieOf(signUp, SESSION_COOKIE, "sign-up");

  const enabled = await post(url, "/two-factor/enable", { password: PASSWORD }, sessionCookie);
  const totpURI = (enabled.body as { totpURI?: string } | null)?.totpURI ?? "";
  const secret = new URL(totpURI).searchParams.get("secret") ?? "";
  const code = (): string => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) });
  // Confirms the enrollment (twoFactor.verified, user.twoFactorEnabled).
  await post(url, "/two-factor/verify-totp", { code: code() }, sessionCookie);

  const signIn = await post(url, "/sign-in/email", { email, password: PASSWORD });
  if ((signIn.body as { twoFactorRedirect?: unknown } | null)?.twoFactorRedirect !== true) {
    throw new Error(`canary sign-in: no two-factor redirect: ${JSON.stringify(signIn.body)}`);
  }
  const pending = cookieOf(signIn, TWO_FACTOR_COOKIE, "sign-in");
  const identifier = decodeURIComponent(pending.slice(TWO_FACTOR_COOKIE.length + 1));
  if (!/^2fa-[\w-]{20}\.[A-Za-z0-9+/]{43}=$/.test(identifier)) {
    throw new Error(
      `canary sign-in: the two_factor cookie is not what the seeding writes: ${pending}`,
    );
  }

  const verified = await post(url, "/two-factor/verify-totp", { code: code() }, pending);
  cookieOf(verified, SESSION_COOKIE, "verify-totp");
}
