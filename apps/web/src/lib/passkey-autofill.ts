import { WebAuthnAbortService, type AuthenticationResponseJSON } from "@simplewebauthn/browser";
import type { Outputs } from "./api";
import { keyProblemOf, offerPasskeys, passkeyAutofillAvailable, type KeyProblem } from "./webauthn";

type RequestOptions = Outputs["auth"]["beginPasskeySignIn"];

/** What an autofill request does with the server and the page. */
export interface AutofillSteps {
  /** Fresh options: a new challenge for each request. */
  begin: () => Promise<RequestOptions>;
  /** The person picked a passkey: the server signs them in, with no second step. */
  finish: (response: AuthenticationResponseJSON) => Promise<void>;
  /** The server refused the passkey picked (removed, limited, expired...). */
  onFailure: (failure: KeyProblem) => void;
}

/** A waiting request is made again this long before its challenge expires on the server. */
const REFRESH_MARGIN_MS = 30_000;

/** When to renew a request whose options say `timeout`; none without a timeout. */
export function refreshDelay(timeout: number | undefined): number | null {
  if (timeout === undefined) return null;
  return Math.max(timeout - REFRESH_MARGIN_MS, REFRESH_MARGIN_MS);
}

/**
 * The email field's passkey suggestions (WebAuthn conditional mediation): one request at a
 * time, waiting in the browser until the person picks a passkey, renewed before its challenge
 * expires, and aborted by `stop()` (leaving the page, or the "Sign in with a passkey" button,
 * whose modal request the browser refuses while another is pending).
 *
 * Only the server's refusal of a picked passkey is reported: the browser's own ends (nothing
 * picked, aborted, autofill unsupported) leave the field as it is, with nothing to say.
 */
export class PasskeyAutofill {
  /** Bumped by each start and stop: an older request's late answers are ignored. */
  #generation = 0;
  /** Started and not ended: asking the server, waiting in the browser, or finishing. */
  #busy = false;
  /** This request is the browser's current WebAuthn ceremony (and `stop()` may abort it). */
  #waiting = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #steps: AutofillSteps;

  constructor(steps: AutofillSteps) {
    this.#steps = steps;
  }

  /** Makes a request unless one is under way. */
  start(): void {
    if (this.#busy) return;
    this.#busy = true;
    this.#generation += 1;
    void this.#request(this.#generation);
  }

  /** Aborts the request under way, if any. */
  stop(): void {
    this.#generation += 1;
    // simplewebauthn keeps one ceremony at a time; ours is the current one while it waits.
    if (this.#waiting) WebAuthnAbortService.cancelCeremony();
    this.#end();
  }

  async #request(generation: number): Promise<void> {
    const current = (): boolean => generation === this.#generation;
    let response: AuthenticationResponseJSON;
    try {
      const available = await passkeyAutofillAvailable();
      if (!current()) return;
      if (!available) {
        this.#end();
        return;
      }
      const options = await this.#steps.begin();
      if (!current()) return;
      const delay = refreshDelay(options.timeout);
      if (delay !== null) this.#timer = setTimeout(() => this.#renew(generation), delay);
      this.#waiting = true;
      response = await offerPasskeys(options);
    } catch {
      // The server could not begin, or the browser ended the request: the field stays plain.
      if (current()) this.#end();
      return;
    }
    if (!current()) return;
    this.#waiting = false;
    clearTimeout(this.#timer);
    try {
      await this.#steps.finish(response);
    } catch (error) {
      if (current()) this.#steps.onFailure(keyProblemOf(error));
    } finally {
      if (current()) this.#end();
    }
  }

  #end(): void {
    this.#waiting = false;
    clearTimeout(this.#timer);
    this.#busy = false;
  }

  #renew(generation: number): void {
    if (generation !== this.#generation) return;
    this.stop();
    this.start();
  }
}
