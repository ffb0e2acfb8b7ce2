/** One text message: to an E.164 number (never anything else), and its words. */
export interface SmsMessage {
  to: string;
  body: string;
}

/**
 * The port every SMS provider sits behind: the embedded outbox, Twilio, or an HTTP webhook,
 * chosen by configuration. `send` resolves once the provider accepted the message and throws
 * SmsSendError otherwise; the engine then tells the person and leaves the sign-in retriable.
 */
export interface SmsSender {
  /** For logs and health: "outbox", "twilio", "webhook". */
  readonly name: string;
  send(message: SmsMessage): Promise<void>;
}

/** A provider refused or could not be reached. Its message never holds the text sent. */
export class SmsSendError extends Error {
  /**
   * The provider did not answer in time: it may have taken (and sent) the message all the
   * same. A refusal, or a provider never reached, sent nothing.
   */
  readonly maybeSent: boolean;

  constructor(
    readonly provider: string,
    readonly status: number | null,
    message: string,
    options?: { cause?: unknown; maybeSent?: boolean },
  ) {
    super(message, options);
    this.name = "SmsSendError";
    this.maybeSent = options?.maybeSent ?? false;
  }
}

/** For deps built without a provider: every send fails, so nothing is sent by accident. */
export const noSmsProvider: SmsSender = {
  name: "none",
  send: () => Promise.reject(new SmsSendError("none", null, "No SMS provider is configured")),
};

/**
 * The text of a code message. The last line is the origin-bound form (`@domain #code`) that
 * lets browsers offer the code to the right site only (WebOTP).
 */
export function codeMessage(code: string, minutes: number, domain: string): string {
  return [
    `Your Twofold code is ${code}. It expires in ${minutes} minutes. Never share it: Twofold will never ask you for it.`,
    "",
    `@${domain} #${code}`,
  ].join("\n");
}
