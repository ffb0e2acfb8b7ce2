/** An email as Twofold sends it: plain text, to one person. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Where emails go: the embedded outbox, SMTP (nodemailer), or nowhere. */
export interface Mailer {
  readonly name: string;
  send(mail: Mail): Promise<void>;
}

/** Thrown by a mailer that could not hand the email over; carries no address or text. */
export class MailSendError extends Error {
  constructor(
    readonly mailer: string,
    readonly code: string,
  ) {
    super(`${mailer} did not take the email (${code})`);
    this.name = "MailSendError";
  }
}

/** Notifications are off (tests that do not look at email, and a server told so). */
export const noMailer: Mailer = { name: "none", send: async () => undefined };
