import { createTransport } from "nodemailer";
import { MailSendError, type Mailer } from "./mailer";

export interface SmtpOptions {
  /** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://...:465`. */
  url: string;
  from: string;
  /**
   * How long the SMTP server may keep us waiting: to connect, to greet, and between any two
   * of its answers (15 s by default; nodemailer's own are 2 min, 30 s and 10 min). A server
   * that hangs then fails the try, which the mail queue retries later.
   */
  timeoutMs?: number;
}

/** Sends through an SMTP server with nodemailer. Errors name the SMTP code only. */
export function smtpMailer(options: SmtpOptions): Mailer {
  const transport = createTransport(withTimeouts(options.url, options.timeoutMs ?? 15_000));
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

const TIMEOUTS = ["connectionTimeout", "greetingTimeout", "socketTimeout", "dnsTimeout"] as const;

/**
 * The URL with the timeouts as query options (nodemailer reads a URL's query as options, and
 * drops every other option given beside a URL); one the URL already sets is kept.
 */
function withTimeouts(url: string, timeoutMs: number): string {
  const query = url.includes("?") ? url.slice(url.indexOf("?") + 1) : "";
  const given = new URLSearchParams(query);
  const added = TIMEOUTS.filter((key) => !given.has(key)).map((key) => `${key}=${timeoutMs}`);
  if (added.length === 0) return url;
  return `${url}${query === "" ? (url.endsWith("?") ? "" : "?") : "&"}${added.join("&")}`;
}
