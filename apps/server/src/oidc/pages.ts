/**
 * The few pages the provider itself shows (the web app shows the rest): "sign out?", "signed
 * out" and an error, in the person's language (the browser's Accept-Language).
 */
const TEXTS = {
  en: {
    logoutTitle: "Sign out of Twofold?",
    logoutBody:
      "You asked an app to sign you out. Sign out of Twofold and every app it signed you in to?",
    yes: "Yes, sign me out",
    no: "No, stay signed in",
    signedOut: "You are signed out",
    signedOutBody: "You can close this page.",
    errorTitle: "This sign-in could not continue",
    errorBody: "Go back to the app and try again. What went wrong:",
  },
  fr: {
    logoutTitle: "Se déconnecter de Twofold ?",
    logoutBody:
      "Une application demande votre déconnexion. Vous déconnecter de Twofold et de toutes les applications ouvertes avec lui ?",
    yes: "Oui, me déconnecter",
    no: "Non, rester connecté",
    signedOut: "Vous êtes déconnecté",
    signedOutBody: "Vous pouvez fermer cette page.",
    errorTitle: "Cette connexion n'a pas pu continuer",
    errorBody: "Revenez à l'application et réessayez. Ce qui s'est passé :",
  },
  de: {
    logoutTitle: "Von Twofold abmelden?",
    logoutBody:
      "Eine App möchte Sie abmelden. Von Twofold und allen damit angemeldeten Apps abmelden?",
    yes: "Ja, abmelden",
    no: "Nein, angemeldet bleiben",
    signedOut: "Sie sind abgemeldet",
    signedOutBody: "Sie können diese Seite schliessen.",
    errorTitle: "Diese Anmeldung konnte nicht fortgesetzt werden",
    errorBody: "Kehren Sie zur App zurück und versuchen Sie es erneut. Was schiefging:",
  },
  it: {
    logoutTitle: "Uscire da Twofold?",
    logoutBody:
      "Un'app chiede di disconnetterti. Uscire da Twofold e da tutte le app a cui ti ha fatto accedere?",
    yes: "Sì, esci",
    no: "No, resta connesso",
    signedOut: "Sei disconnesso",
    signedOutBody: "Puoi chiudere questa pagina.",
    errorTitle: "Questo accesso non è potuto continuare",
    errorBody: "Torna all'app e riprova. Cosa è andato storto:",
  },
} as const;

type Lang = keyof typeof TEXTS;

/** The first of the browser's languages Twofold speaks; English otherwise. */
export function pageLanguage(acceptLanguage: string | undefined): Lang {
  for (const part of (acceptLanguage ?? "").split(",")) {
    const tag = part.split(";")[0]?.trim().slice(0, 2).toLowerCase();
    if (tag === "en" || tag === "fr" || tag === "de" || tag === "it") return tag;
  }
  return "en";
}

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(lang: Lang, title: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)} · Twofold</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;line-height:1.5}
button{font:inherit;padding:.5rem 1rem;margin:.25rem .5rem .25rem 0}</style></head>
<body><main><h1>${escape(title)}</h1>${body}</main></body></html>`;
}

/** "Sign out of Twofold?": `form` is the provider's hidden form (its anti-forgery token). */
export function logoutPage(acceptLanguage: string | undefined, form: string): string {
  const lang = pageLanguage(acceptLanguage);
  const t = TEXTS[lang];
  return page(
    lang,
    t.logoutTitle,
    `<p>${escape(t.logoutBody)}</p>${form}
<button autofocus type="submit" form="op.logoutForm" name="logout" value="yes">${escape(t.yes)}</button>
<button type="submit" form="op.logoutForm">${escape(t.no)}</button>`,
  );
}

export function signedOutPage(acceptLanguage: string | undefined): string {
  const lang = pageLanguage(acceptLanguage);
  const t = TEXTS[lang];
  return page(lang, t.signedOut, `<p>${escape(t.signedOutBody)}</p>`);
}

/** An error the provider cannot send back to the app (a wrong redirect URI, an unknown app…). */
export function errorPage(acceptLanguage: string | undefined, error: string): string {
  const lang = pageLanguage(acceptLanguage);
  const t = TEXTS[lang];
  return page(lang, t.errorTitle, `<p>${escape(t.errorBody)} <code>${escape(error)}</code></p>`);
}
