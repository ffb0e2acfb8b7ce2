import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import { mailLocale, type MailLocale } from "../notifications/texts";

const TEXTS: Record<
  MailLocale,
  { subject: string; body: (code: string, minutes: number) => string; ignore: string }
> = {
  en: {
    subject: "Confirm your recovery address",
    body: (code, minutes) =>
      `Your code to confirm this address as the recovery address of your Twofold account: ${code}\nIt is valid for ${minutes} minutes.`,
    ignore: "If you did not ask for it, ignore this email: nothing changes.",
  },
  fr: {
    subject: "Confirmez votre adresse de récupération",
    body: (code, minutes) =>
      `Votre code pour confirmer cette adresse comme adresse de récupération de votre compte Twofold : ${code}\nIl est valable ${minutes} minutes.`,
    ignore: "Si vous ne l'avez pas demandé, ignorez cet e-mail : rien ne change.",
  },
  de: {
    subject: "Bestätigen Sie Ihre Wiederherstellungsadresse",
    body: (code, minutes) =>
      `Ihr Code, um diese Adresse als Wiederherstellungsadresse Ihres Twofold-Kontos zu bestätigen: ${code}\nEr gilt ${minutes} Minuten.`,
    ignore:
      "Falls Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail: es ändert sich nichts.",
  },
  it: {
    subject: "Confermi il suo indirizzo di recupero",
    body: (code, minutes) =>
      `Il suo codice per confermare questo indirizzo come indirizzo di recupero del suo account Twofold: ${code}\nÈ valido per ${minutes} minuti.`,
    ignore: "Se non l'ha chiesto lei, ignori questa email: non cambia nulla.",
  },
};

/**
 * Mails the code that confirms a recovery address, to that address, in the account's language.
 * Sent at once (the person waits for it), bounded by `config.mail.sendTimeoutMs`: a mail server
 * that is down is SERVICE_UNAVAILABLE, and the person asks again.
 */
export async function mailAddressCode(
  deps: Pick<Deps, "mailer" | "config" | "onProviderError">,
  mail: { to: string; code: string; locale: string },
): Promise<Result<null, "SERVICE_UNAVAILABLE">> {
  const t = TEXTS[mailLocale(mail.locale)];
  const minutes = Math.round(deps.config.emailed.codeTtlMs / 60_000);
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("mail timeout")), deps.config.mail.sendTimeoutMs);
  });
  try {
    await Promise.race([
      deps.mailer.send({
        to: mail.to,
        subject: `Twofold: ${t.subject}`,
        text: `${t.body(mail.code, minutes)}\n\n${t.ignore}\n`,
      }),
      bound,
    ]);
    return ok(null);
  } catch (error) {
    deps.onProviderError(error instanceof Error ? error : new Error("mailer failed"));
    return fail("SERVICE_UNAVAILABLE");
  } finally {
    clearTimeout(timer);
  }
}
