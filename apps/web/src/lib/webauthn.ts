import {
  browserSupportsWebAuthn,
  browserSupportsWebAuthnAutofill,
  startAuthentication,
  startRegistration,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/browser";
import type { Messages } from "../i18n/en";
import { problemOf, type Outputs, type Problem } from "./api";

type CreationOptions = Outputs["webauthn"]["beginRegistration"];
type RequestOptions = Outputs["auth"]["beginWebAuthn"];

/** Why the browser (not the server) refused a security key, named for the sentence to show. */
export type KeyErrorKind = keyof Messages["keyErrors"];

/** A failure to show: the server's reason, or what the browser said about the key. */
export interface KeyProblem {
  problem: Problem;
  key: KeyErrorKind | null;
}

/** The names of the DOMExceptions that navigator.credentials raises, and what they mean here. */
const BROWSER_ERRORS: Readonly<Record<string, KeyErrorKind>> = {
  // Cancelled by the person, timed out, or no key known to this site answered.
  NotAllowedError: "cancelled",
  AbortError: "cancelled",
  // Registration: this authenticator already holds one of the account's keys.
  InvalidStateError: "alreadyRegistered",
  // An IP address or another domain than the relying party.
  SecurityError: "wrongDomain",
  NotSupportedError: "keyCannot",
  ConstraintError: "keyCannot",
  UnknownError: "failed",
  WebAuthnUnavailable: "unsupported",
};

/** A server's answer keeps its reason; an error of the browser's key prompt becomes a sentence. */
export function keyProblemOf(error: unknown): KeyProblem {
  if (error instanceof Error) {
    const key = BROWSER_ERRORS[error.name];
    if (key) return { problem: { reason: "INTERNAL_ERROR" }, key };
  }
  return { problem: problemOf(error), key: null };
}

function requireWebAuthn(): void {
  if (browserSupportsWebAuthn()) return;
  const error = new Error("WebAuthn is not available in this browser");
  error.name = "WebAuthnUnavailable";
  throw error;
}

/** Asks the browser to make a new credential on a key (the person touches it). */
export async function registerKey(options: CreationOptions): Promise<RegistrationResponseJSON> {
  requireWebAuthn();
  return startRegistration({
    optionsJSON: { ...options, extensions: jsonExtensions(options.extensions) },
  });
}

/** Asks the browser to sign the server's challenge with one of the keys it allows. */
export async function signWithKey(options: RequestOptions): Promise<AuthenticationResponseJSON> {
  requireWebAuthn();
  return startAuthentication({
    optionsJSON: { ...options, extensions: jsonExtensions(options.extensions) },
  });
}

/**
 * Can the email field offer passkeys (conditional mediation)? Not on an IP address, where
 * browsers refuse WebAuthn anyway: the request would only fail.
 */
export async function passkeyAutofillAvailable(): Promise<boolean> {
  if (isIpAddressHost(globalThis.location.hostname)) return false;
  return browserSupportsWebAuthnAutofill();
}

/**
 * Asks the browser to offer the site's passkeys among the email field's suggestions: it waits,
 * without a prompt, until the person picks one (or the request is aborted).
 */
export async function offerPasskeys(options: RequestOptions): Promise<AuthenticationResponseJSON> {
  return startAuthentication({
    optionsJSON: { ...options, extensions: jsonExtensions(options.extensions) },
    useBrowserAutofill: true,
  });
}

/**
 * The extensions the options carry. Through JSON the binary inputs (PRF) cannot come, and
 * tRPC's output type turns them into shapes the DOM types refuse: only the plain ones are kept.
 */
function jsonExtensions(
  extensions: CreationOptions["extensions"],
): AuthenticationExtensionsClientInputs | undefined {
  if (!extensions) return undefined;
  const { appid, credProps, hmacCreateSecret, minPinLength } = extensions;
  return { appid, credProps, hmacCreateSecret, minPinLength };
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Is this page's host an IPv4 or IPv6 literal (where browsers refuse WebAuthn)? */
export function isIpAddressHost(hostname: string): boolean {
  return IPV4.test(hostname) || hostname.startsWith("[") || hostname.includes(":");
}

/** 127.0.0.0/8 or ::1: the same machine, also reachable as localhost. */
export function isLoopbackHost(hostname: string): boolean {
  return /^127\./.test(hostname) || hostname === "[::1]" || hostname === "::1";
}

/** The same page on localhost (same port and path): the address security keys accept. */
export function onLocalhost(location: Location): string {
  const port = location.port ? `:${location.port}` : "";
  return `${location.protocol}//localhost${port}${location.pathname}`;
}
