import { REASON_TEXT, RETRY_AT, RETRY_ON } from "@twofold/i18n";
import type { Messages } from "./en";
import { recoveryDe } from "./recovery/de";
import { accountRecoveryDe } from "./account-recovery/de";
import { safetyDe } from "./safety/de";
import { checkupDe } from "./checkup/de";
import { resetDe } from "./reset/de";
import { verifyEmailDe } from "./verify-email/de";
import { interactionDe } from "./interaction/de";
import { securityDe } from "./security/de";
import { passwordsDe } from "./passwords/de";
import { stumblesDe } from "./stumbles/de";
import { logToolsDe } from "./log-tools/de";
import { syncDe } from "./sync/de";
import { stepUpDe } from "./step-up/de";
import { otpLinkDe } from "./otp-link/de";

export const de: Messages = {
  app: {
    name: "Twofold",
    tagline: "Ihr Konto, doppelt geschützt",
    language: "Sprache",
    skipToContent: "Zum Inhalt springen",
    loading: "Wird geladen…",
    notFound: "Diese Seite existiert nicht.",
    backHome: "Zurück zu Ihrem Konto",
    offline:
      "Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
    retry: "Erneut versuchen",
  },
  menu: {
    open: (name: string) => `Kontomenü für ${name}`,
    manageProfile: "Mein Profil verwalten",
    signOut: "Abmelden",
  },
  signIn: {
    title: "Anmelden",
    email: "E-Mail-Adresse",
    password: "Passwort",
    remember: "In diesem Browser angemeldet bleiben",
    rememberHint:
      "Lassen Sie diese Option auf einem gemeinsam genutzten Computer deaktiviert: Sie melden sich dann bei jedem Start des Browsers erneut an.",
    submit: "Anmelden",
    noAccount: "Noch kein Konto?",
    createAccount: "Konto erstellen",
    passkey: "Mit einem Passkey anmelden",
    passkeyHint:
      "Ohne E-Mail und Passwort: Ihr Sicherheitsschlüssel oder dieses Gerät bestätigt, dass Sie es sind.",
  },
  signUp: {
    title: "Erstellen Sie Ihr Konto",
    name: "Ihr Name",
    email: "E-Mail-Adresse",
    password: "Passwort",
    passwordHint:
      "Mindestens 10 Zeichen. Am besten eignet sich ein langer Satz, den Sie sich gut merken können.",
    submit: "Konto erstellen",
    haveAccount: "Sie haben bereits ein Konto?",
    signIn: "Anmelden",
  },
  secondFactor: {
    trust: "In diesem Browser 30 Tage lang nicht mehr fragen",
    trustHint:
      "Nur auf einem Computer, den nur Sie nutzen. Wenn Sie Ihr Passwort oder Ihre Methoden ändern, endet es.",
    trustFailed:
      "Dieser Browser konnte nicht gespeichert werden: Beim nächsten Mal wird wieder nach dem zweiten Schritt gefragt.",
    title: "Bestätigung in zwei Schritten",
    intro: "Bestätigen Sie zum Schutz Ihres Kontos, dass Sie es sind.",
    totpLabel: "Code aus Ihrer Authenticator-App",
    totpHint:
      "Öffnen Sie Ihre Authenticator-App und geben Sie den 6-stelligen Code ein, den sie für Twofold anzeigt.",
    backupLabel: "Backup-Code",
    backupHint:
      "Geben Sie einen der Backup-Codes ein, die Sie beim Aktivieren der Bestätigung in zwei Schritten aufbewahrt haben. Jeder Code funktioniert nur einmal.",
    submit: "Bestätigen",
    otherMethod: "Andere Methode verwenden",
    chooseMethod: "Methode auswählen",
    cancel: "Abbrechen und abmelden",
    remainingAfter: (n: number) =>
      n === 1 ? "Sie haben noch 1 Backup-Code." : `Sie haben noch ${n} Backup-Codes.`,
    keyTitle: "Verwenden Sie Ihren Sicherheitsschlüssel",
    keyText:
      "Drücken Sie die Schaltfläche, stecken Sie dann Ihren Sicherheitsschlüssel ein und berühren Sie ihn, wenn er blinkt, oder bestätigen Sie mit dem Passkey dieses Geräts.",
    keyButton: "Sicherheitsschlüssel verwenden",
    deviceCodeOffer: "Stattdessen den Code Ihres Geräts verwenden",
    deviceCodeLabel: "Code, den Ihr Gerät anzeigt",
    deviceCodeHint:
      "Wenn eine Anfrage Ihr Gerät nicht erreicht, zeigt es einen 6-stelligen Code an (im Terminal: Taste o).",
    pushTitle: "Prüfen Sie Ihr Gerät",
    pushNumberLabel: "Geben Sie diese Zahl auf Ihrem Gerät ein",
    pushStarting: "Die Anfrage wird an Ihr Gerät gesendet…",
    pushWaiting: "Warten auf Ihre Antwort auf dem Gerät.",
    pushPlace: (near: string) => `Ihr Gerät zeigt, woher diese Anmeldung kommt: ${near}.`,
    pushApproved: "Auf Ihrem Gerät bestätigt. Sie werden angemeldet…",
    pushCancelled: "Diese Anmeldeanfrage wurde abgebrochen. Senden Sie eine neue, um fortzufahren.",
    pushExpires: (time: string) => `Die Anfrage läuft um ${time} ab.`,
    pushAgain: "Neue Anfrage senden",
    smsTitle: "Code per SMS erhalten",
    smsText: "Wir senden einen 6-stelligen Code per SMS an Ihr Mobiltelefon.",
    smsSend: "Code per SMS senden",
    smsSentTo: (to: string, time: string) => `Code an ${to} gesendet. Er läuft um ${time} ab.`,
    smsResentTo: (to: string, time: string) =>
      `Ein neuer Code wurde an ${to} gesendet; der vorherige gilt nicht mehr. Er läuft um ${time} ab.`,
    smsLabel: "Code aus der SMS",
    smsHint: "Geben Sie die 6 Ziffern aus der SMS von Twofold ein.",
    smsAgain: "Neuen Code senden",
    smsOthers: "An eine andere Nummer senden",
  },
  methods: {
    totp: "Authenticator-App",
    totpDescription: "Codes aus einer App wie Google Authenticator, Aegis oder 1Password.",
    webauthn: "Sicherheitsschlüssel",
    webauthnDescription:
      "Ein YubiKey oder ein anderer FIDO2-Schlüssel, oder ein Passkey auf diesem Gerät.",
    backup_code: "Backup-Code",
    push: "Authentifizierungsgerät",
    pushDescription:
      "Ein Smartphone oder ein Terminal, das „Sind Sie das?“ fragt und die Anmeldung anzeigt.",
    sms: "Textnachricht (SMS)",
    smsDescription:
      "Ein Code an ein Mobiltelefon aus der Schweiz, Frankreich, Belgien oder Deutschland.",
  },
  home: {
    greeting: (name: string) => `Willkommen, ${name}`,
    intro: "E-Mail, Kalender und Cloud-Speicher mit einem einzigen Konto.",
    manageProfile: "Mein Profil verwalten",
    twoStepOn: "Die Bestätigung in zwei Schritten schützt dieses Konto.",
    twoStepOff:
      "Ihr Konto ist nur durch ein Passwort geschützt. Fügen Sie einen zweiten Schritt hinzu.",
  },
  profile: {
    title: "Mein Profil verwalten",
    personal: "Persönliche Informationen",
    name: "Name",
    email: "E-Mail-Adresse",
    memberSince: "Mitglied seit",
    security: "Sicherheit und Wiederherstellung",
    securityIntro:
      "Wie Sie sich anmelden und wie Sie wieder Zugriff erhalten, wenn Sie Ihr Smartphone verlieren.",
    twoStep: "Bestätigung in zwei Schritten",
    on: "An",
    off: "Aus",
  },
  twoStep: {
    title: "Bestätigung in zwei Schritten",
    back: "Mein Profil verwalten",
    statusOn: "Die Bestätigung in zwei Schritten ist aktiviert",
    statusOnText:
      "Für die Anmeldung sind Ihr Passwort und eine der folgenden Methoden erforderlich.",
    statusOff: "Die Bestätigung in zwei Schritten ist deaktiviert",
    statusOffText:
      "Wer Ihr Passwort erfährt, kann sich anmelden. Fügen Sie unten eine Methode hinzu: Mit der ersten wird die Bestätigung in zwei Schritten aktiviert.",
    methods: "Ihre Methoden",
    noMethods: "Noch keine Methode.",
    added: "Hinzugefügt",
    platform: "Plattform",
    lastSeen: "Zuletzt gesehen",
    phone: "Nummer",
    lastUsed: "Zuletzt verwendet",
    never: "Nie",
    passkey: "Passkey",
    rename: "Umbenennen",
    renameLabel: (name: string) => `Neuer Name für ${name}`,
    save: "Speichern",
    cancel: "Abbrechen",
    remove: "Entfernen",
    removeTitle: (name: string) => `${name} entfernen?`,
    removeText: "Sie können sich dann nicht mehr damit anmelden.",
    removed: (name: string) => `${name} wurde entfernt.`,
    renamed: "Name gespeichert.",
    preferred: "Bevorzugte Methode",
    preferredHint: "Wird Ihnen bei der Anmeldung zuerst angeboten.",
    preferredSaved: "Bevorzugte Methode gespeichert.",
    addMethod: "Methode hinzufügen",
    backupCodes: "Backup-Codes",
    backupRemaining: (n: number) =>
      n === 1 ? "Noch 1 unbenutzter Code." : `Noch ${n} unbenutzte Codes.`,
    backupLow: "Nur noch wenige Codes: Erstellen Sie neue und bewahren Sie sie sicher auf.",
    regenerate: "Neue Codes erstellen",
    regenerateText:
      "Ihre bisherigen Backup-Codes werden dann ungültig. Bestätigen Sie, dass Sie es sind.",
    turnOff: "Bestätigung in zwei Schritten deaktivieren",
    turnOffText:
      "Ihr Konto lässt sich dann allein mit Ihrem Passwort öffnen. Alle Ihre Methoden und Backup-Codes werden gelöscht; um die Bestätigung in zwei Schritten wieder zu aktivieren, fügen Sie erneut eine Methode hinzu.",
    turnedOff: "Die Bestätigung in zwei Schritten ist deaktiviert.",
  },
  addTOTP: {
    title: "Authenticator-App hinzufügen",
    nameLabel: "Name dieser Methode",
    nameHint: "Damit Sie Ihre Apps unterscheiden können, zum Beispiel „Smartphone“.",
    defaultName: "Authenticator-App",
    continue: "Weiter",
    scan: "1. Scannen Sie diesen QR-Code mit Ihrer Authenticator-App",
    qrAlt: "QR-Code zum Hinzufügen von Twofold zu einer Authenticator-App",
    manual: "Scannen nicht möglich? Geben Sie stattdessen diesen Schlüssel in der App ein:",
    copyKey: "Schlüssel kopieren",
    confirm: "2. Geben Sie den 6-stelligen Code ein, den die App jetzt anzeigt",
    codeLabel: "Code aus der App",
    submit: "Aktivieren",
    expires: (time: string) => `Diese Einrichtung läuft um ${time} ab.`,
    added: (name: string) => `${name} wurde hinzugefügt.`,
    cancel: "Abbrechen",
  },
  addKey: {
    title: "Sicherheitsschlüssel hinzufügen",
    intro:
      "Ein YubiKey oder ein anderer FIDO2-Schlüssel, oder ein Passkey, den dieses Gerät oder Ihr Passwort-Manager speichert. Die Anmeldung verlangt dann Ihr Passwort und eine Berührung des Schlüssels.",
    nameLabel: "Name dieses Schlüssels",
    nameHint: "Damit Sie Ihre Schlüssel unterscheiden können.",
    namePlaceholder: "YubiKey 5C, blau",
    passkey: "Als Passkey verwenden: ohne Passwort anmelden",
    passkeyHint:
      "Der Schlüssel meldet Sie dann auch allein an, nach seiner PIN oder Ihrem Fingerabdruck. Dafür braucht es einen Schlüssel oder ein Gerät, das Passkeys speichert.",
    submit: "Sicherheitsschlüssel hinzufügen",
    waiting:
      "Folgen Sie den Anweisungen des Browsers: Stecken Sie Ihren Schlüssel ein und berühren Sie ihn, wenn er blinkt.",
    added: (name: string) => `${name} wurde hinzugefügt.`,
    cancel: "Abbrechen",
    ipHost:
      "Sicherheitsschlüssel funktionieren nur unter einer Adresse mit Namen (localhost oder der Domain der Website), nicht unter einer IP-Adresse.",
    ipOtherHost:
      "Öffnen Sie Twofold über seinen Domainnamen, um einen Sicherheitsschlüssel hinzuzufügen.",
    openLocalhost: "Diese Seite auf localhost öffnen",
  },
  addDevice: {
    title: "Authentifizierungsgerät hinzufügen",
    intro:
      "Ein Smartphone oder ein Terminal, das bei einer Anmeldung „Sind Sie das?“ fragt, zeigt, woher sie kommt, und Sie sie bestätigen oder ablehnen lässt.",
    nameLabel: "Name dieses Geräts",
    nameHint: "Damit Sie Ihre Geräte unterscheiden können.",
    defaultName: "Mein Smartphone",
    continue: "Weiter",
    phoneStep:
      "Auf einem Telefon: Scannen Sie diesen QR-Code mit der Kamera des Telefons. Er öffnet den Twofold-Authenticator im Browser des Telefons, der das Telefon mit einem Tippen hinzufügt.",
    typeCode: (address: string) =>
      `Oder öffnen Sie ${address} auf dem Telefon und geben Sie diesen Code ein:`,
    terminalBefore: "Im Terminal eines Computers: Führen Sie",
    terminalAfter: "aus und geben Sie denselben Code ein.",
    needsHTTPS:
      "Diese Seite ist über einfaches HTTP geöffnet, daher kann hier kein Telefon hinzugefügt werden: Der Browser eines Telefons führt den Authenticator (seinen Service Worker und seinen Schlüssel) nur auf einer sicheren HTTPS-Seite aus. Stellen Sie Twofold zuerst hinter TLS; wie, steht im README von Twofold unter „A phone needs HTTPS“. Ein Terminal funktioniert auch ohne.",
    codeLabel: "Registrierungscode",
    copyCode: "Code kopieren",
    qrAlt:
      "QR-Code, der den Twofold-Authenticator auf einem Telefon mit diesem Registrierungscode öffnet",
    expires: (time: string) => `Dieser Code läuft um ${time} ab.`,
    waiting: "Warten auf das Gerät…",
    expired: "Dieser Code ist abgelaufen, bevor ein Gerät ihn verwendet hat.",
    startAgain: "Neu beginnen",
    added: (name: string) => `${name} wurde hinzugefügt.`,
    cancel: "Abbrechen",
  },
  addSMS: {
    title: "Mobiltelefon für SMS hinzufügen",
    intro: "Bei der Anmeldung kann Twofold einen 6-stelligen Code per SMS an diese Nummer senden.",
    countryLabel: "Land",
    phoneLabel: "Mobilnummer",
    phoneHint: (example: string) =>
      `Zum Beispiel ${example}. Eine Nummer mit Ländervorwahl funktioniert auch.`,
    send: "Code senden",
    sentTo: (to: string) => `Wir haben einen Code an ${to} gesendet`,
    resent: "Ein neuer Code wurde gesendet. Der vorherige gilt nicht mehr.",
    codeLabel: "Code aus der SMS",
    expires: (time: string) => `Der Code läuft um ${time} ab.`,
    submit: "Bestätigen",
    resend: "Neuen Code senden",
    changeNumber: "Nummer ändern",
    added: (name: string) => `${name} wurde hinzugefügt.`,
    cancel: "Abbrechen",
  },
  sms: {
    countries: { CH: "Schweiz", FR: "Frankreich", BE: "Belgien", DE: "Deutschland" },
    weakTitle: "SMS ist die schwächste Methode",
    weakText:
      "Ein per SMS gesendeter Code kann abgefangen werden, und jemand kann Ihre Nummer übernehmen, indem er sie auf seine eigene SIM-Karte übertragen lässt („SIM-Swapping“). Wählen Sie lieber eine stärkere Methode:",
  },
  keyErrors: {
    cancelled:
      "Die Anfrage an den Sicherheitsschlüssel wurde abgebrochen oder ist abgelaufen. Versuchen Sie es erneut.",
    alreadyRegistered:
      "Dieser Sicherheitsschlüssel ist für Ihr Konto bereits registriert. Verwenden Sie einen anderen Schlüssel oder benennen Sie den vorhandenen um.",
    wrongDomain:
      "Sicherheitsschlüssel können unter dieser Adresse nicht verwendet werden. Öffnen Sie Twofold über localhost oder seinen Domainnamen, nicht über eine IP-Adresse.",
    unsupported:
      "Dieser Browser kann keine Sicherheitsschlüssel verwenden. Versuchen Sie es mit einem aktuellen Browser.",
    keyCannot:
      "Dieser Sicherheitsschlüssel kann das Verlangte nicht (ein Passkey braucht eine PIN oder einen Fingerabdruck).",
    failed: "Der Sicherheitsschlüssel konnte nicht verwendet werden. Versuchen Sie es erneut.",
  },
  backupCodes: {
    title: "Ihre Backup-Codes",
    intro:
      "Falls Sie Ihr Smartphone verlieren, können Sie sich mit jedem dieser Codes einmal anmelden. Bewahren Sie sie an einem sicheren Ort auf, etwa in einem Passwort-Manager oder auf Papier. Sie werden nur dieses eine Mal angezeigt.",
    copy: "Kopieren",
    copied: "Kopiert",
    download: "Als .txt herunterladen",
    print: "Drucken",
    stored: "Ich habe diese Codes aufbewahrt",
    orTypeOne: "Oder geben Sie einen davon ein, um zu zeigen, dass Sie ihn haben",
    typeOneWrong: "Dies ist keiner der oben angezeigten Codes.",
    done: "Fertig",
    fileHeader: (email: string, date: string) =>
      `Twofold-Backup-Codes für ${email}, erstellt am ${date}.\nJeder Code funktioniert nur einmal.`,
    leaveWarning: "Sie haben nicht bestätigt, dass Sie Ihre Backup-Codes aufbewahrt haben.",
  },
  password: {
    title: "Bestätigen Sie, dass Sie es sind",
    text: "Bestätigen Sie, dass Sie es sind, um fortzufahren.",
    label: "Passwort",
    submit: "Bestätigen",
    cancel: "Abbrechen",
    wrong: "Dieses Passwort ist falsch.",
  },
  ...securityDe,
  ...stumblesDe,
  ...logToolsDe,
  ...passwordsDe,
  ...syncDe,
  ...stepUpDe,
  ...otpLinkDe,
  ...resetDe,
  ...safetyDe,
  ...checkupDe,
  ...recoveryDe,
  ...accountRecoveryDe,
  ...verifyEmailDe,
  ...interactionDe,
  reasons: REASON_TEXT.de,
  retryAt: RETRY_AT.de,
  retryOn: RETRY_ON.de,
  copyFailed: "Kopieren fehlgeschlagen: Markieren Sie den Text und kopieren Sie ihn selbst.",
};
