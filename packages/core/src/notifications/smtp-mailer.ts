import { createTransport } from "nodemailer";
import { MailSendError, type Mailer } from "./mailer";

export interface SmtpOptions {
  /** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://...:465`. */
  url: string;
  from: string;
}

/** Sends through an SMTP server with nodemailer. Errors name the SMTP code only. */
export function smtpMailer(options: SmtpOptions): Mailer {
  const transport = createTransport(options.url);
  return {
    name: "smtp",
    async send(mail) {
      try {
        await transport.sendMail({
          from: options.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
        });
      } catch (error) {
        const e = error as { responseCode?: number; code?: string };
        throw new MailSendError("smtp", String(e.responseCode ?? e.code ?? "unknown"));
      }
    },
  };
}
