/** Helpers for this package's tests: a caller as a browser or a bearer client would be. */
import { TRPCError } from "@trpc/server";
import type { Twofold } from "@twofold/core";
import { TEST_META, TEST_PASSWORD } from "@twofold/core/testing";
import { otpAppCode } from "@twofold/testing";
import { createContextInner, type TokenSource } from "../src/context";
import { createCaller } from "../src/root";
import { SAMPLE_INPUT } from "./sample-inputs";
import { reasonOf } from "../src/trpc";

export interface Client {
  caller: ReturnType<typeof createCaller>;
  /** The session token this client holds (cookie jar or bearer), updated by responses. */
  token: string | null;
  /** Set-Cookie values received, newest last. */
  cookies: { value: string; persistent: boolean; maxAge: number }[];
  /** The trusted-browser cookie this client holds. */
  trustedBrowser: string | null;
  /** The recently-used-browser cookie this client holds (set at each full sign-in). */
  recentBrowser: string | null;
}

/**
 * A client that keeps its token the way the real ones do: a browser's cookie jar (via
 * "cookie") or a bearer client that stores the token a result hands it.
 */
export function createClient(
  twofold: Twofold,
  via: TokenSource,
  token: string | null = null,
): Client {
  const state: Omit<Client, "caller"> = {
    token,
    cookies: [],
    trustedBrowser: null,
    recentBrowser: null,
  };
  const caller = createCaller(() =>
    createContextInner(
      { twofold },
      {
        ...TEST_META,
        token: state.token,
        via: state.token ? via : null,
        trustedBrowser: state.trustedBrowser,
        recentBrowser: state.recentBrowser,
      },
      {
        setSessionCookie(value, persistent, maxAge) {
          state.cookies.push({ value, persistent, maxAge });
          if (via === "cookie") state.token = value;
        },
        setTrustedBrowserCookie(value) {
          state.trustedBrowser = value;
        },
        setRecentBrowserCookie(value) {
          state.recentBrowser = value;
        },
        clearSessionCookie() {
          if (via === "cookie") state.token = null;
        },
      },
    ),
  );
  return Object.assign(state, { caller });
}

/** Keeps a token handed back in a result body (bearer clients). */
export function keep<T extends object>(client: Client, result: T): T {
  if ("token" in result && typeof result.token === "string" && result.token)
    client.token = result.token;
  return result;
}

/** A bearer client (the terminal app) that typed the person's password: pending or signed in. */
export async function bearerSignIn(twofold: Twofold, email: string): Promise<Client> {
  const client = createClient(twofold, "bearer");
  keep(
    client,
    await client.caller.auth.signIn({ email, password: TEST_PASSWORD, tokenInBody: true }),
  );
  return client;
}

/** A six-digit code the app shows at none of the accepted steps (previous, current, next). */
export function wrongTOTPCode(otpauthUri: string, at: Date): string {
  const near = new Set(
    [-30_000, 0, 30_000].map((ms) => otpAppCode(otpauthUri, new Date(at.getTime() + ms))),
  );
  let n = (Number(otpAppCode(otpauthUri, at)) + 1) % 1_000_000;
  while (near.has(String(n).padStart(6, "0"))) n = (n + 1) % 1_000_000;
  return String(n).padStart(6, "0");
}

/** The `data.reason` an error would carry over HTTP. */
export async function reasonFrom(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return reasonOf(error).reason;
    throw error;
  }
  throw new Error("expected the call to fail");
}

type Callable = (input: unknown) => Promise<unknown>;

/** Calls a procedure by its path ("router.procedure") with its sample input. */
export function callPath(client: Client, path: string): Promise<unknown> {
  const [router = "", procedure = ""] = path.split(".");
  const routers = client.caller as unknown as Record<string, Record<string, Callable> | undefined>;
  const call = routers[router]?.[procedure];
  if (!call) throw new Error(`no caller for ${path}`);
  return call(SAMPLE_INPUT[path]);
}
