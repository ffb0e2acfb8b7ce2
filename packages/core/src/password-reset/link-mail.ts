import type { Mail } from "../notifications/mailer";
import type { MailLocale } from "../notifications/texts";

interface ResetMailTexts {
  subject: string;
  body: (link: string, minutes: number) => string[];
}

/** The mail that carries a reset link, in the account's language. */
const TEXTS: Record<MailLocale, ResetMailTexts> = {
  en: {
    subject: "Choose a new password",
    body: (link, minutes) => [
      "Someone asked to choose a new password for your Twofold account.",
      `To choose it, open this link within ${minutes} minutes (it works once):`,
      link,
      "If your account has two-step verification on, you will be asked for one of its methods first.",
      "If it was not you, ignore this email: your password stays as it is.",
    ],
  },
  fr: {
    subject: "Choisir un nouveau mot de passe",
    body: (link, minutes) => [
      "Quelqu'un a demandé à choisir un nouveau mot de passe pour votre compte Twofold.",
      `Pour le choisir, ouvrez ce lien dans les ${minutes} minutes (il ne sert qu'une fois) :`,
      link,
      "Si la validation en deux étapes est activée, l'une de ses méthodes vous sera d'abord demandée.",
      "Si ce n'était pas vous, ignorez cet e-mail : votre mot de passe reste le même.",
    ],
  },
  de: {
    subject: "Ein neues Passwort wählen",
    body: (link, minutes) => [
      "Jemand hat verlangt, ein neues Passwort für Ihr Twofold-Konto zu wählen.",
      `Öffnen Sie dazu innerhalb von ${minutes} Minuten diesen Link (er gilt nur einmal):`,
      link,
      "Ist die Bestätigung in zwei Schritten aktiv, wird zuerst eine ihrer Methoden verlangt.",
      "Waren Sie es nicht, ignorieren Sie diese E-Mail: Ihr Passwort bleibt, wie es ist.",
    ],
  },
  it: {
    subject: "Scegliere una nuova password",
    body: (link, minutes) => [
      "Qualcuno ha chiesto di scegliere una nuova password per il suo account Twofold.",
      `Per sceglierla, apra questo link entro ${minutes} minuti (vale una sola volta):`,
      link,
      "Se la verifica in due passaggi è attiva, le sarà chiesto prima uno dei suoi metodi.",
      "Se non è stato lei, ignori questa e-mail: la password resta com'è.",
    ],
  },
};

/** The reset link's page: the token after `#`, so it never reaches a server's logs. */
export function resetLink(publicUrl: string, token: string): string {
  return `${publicUrl}/reset-password#token=${token}`;
}

/** The email with the link, to one address. */
export function resetLinkMail(mail: {
  to: string;
  locale: MailLocale;
  link: string;
  ttlMs: number;
}): Mail {
  const t = TEXTS[mail.locale];
  const lines = t.body(mail.link, Math.max(1, Math.round(mail.ttlMs / 60_000)));
  return { to: mail.to, subject: `Twofold: ${t.subject}`, text: `${lines.join("\n")}\n` };
}
