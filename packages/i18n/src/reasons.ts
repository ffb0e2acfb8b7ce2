import type { ApiReason } from "@twofold/api";
import type { Locale } from "./locales";

/** What a person may be told: an API reason, or that the server was not reached. */
export type ShownReason = ApiReason | "NETWORK";

/**
 * Every reason the API can answer, as a sentence in each language. Web and terminal show these;
 * a reason without a sentence is a type error.
 */
export const REASON_TEXT: Record<Locale, Record<ShownReason, string>> = {
  en: {
    INVALID_INPUT: "Something in the form is not valid. Check it and try again.",
    INVALID_EMAIL: "This email address does not look right.",
    WEAK_PASSWORD: "Choose a longer password: at least 10 characters.",
    PASSWORD_TOO_WEAK:
      "This password is too easy to guess. Choose another: a few unrelated words make a strong one.",
    EMAIL_TAKEN: "An account already uses this email address. Sign in instead.",
    INVALID_CREDENTIALS: "The email address or the password is wrong.",
    UNAUTHENTICATED: "You are signed out. Sign in again.",
    SECOND_FACTOR_REQUIRED: "Finish the second step of your sign-in first.",
    NO_PENDING_SIGN_IN: "This sign-in is no longer waiting for a code. Sign in again.",
    REAUTH_REQUIRED: "Confirm your password to continue.",
    PASSWORD_CHANGE_REQUIRED: "Choose a new password before anything else.",
    RATE_LIMITED: "Too many attempts. Wait a while and try again.",
    INVALID_CODE_FORMAT: "This code does not have the right form. Check it and try again.",
    INVALID_CODE: "This code is wrong. Check it and try again.",
    LINK_EXPIRED: "This link has expired. Ask for a new one.",
    PASSWORD_RESET_ONLY:
      "This session only sets the new password of the reset. Choose it, then sign in.",
    RECOVERY_PROOF_MISSING:
      "A recovery needs your password and one proof: the link sent to your recovery address, a code sent to your recovery phone, a browser you signed in with before, or an application password.",
    RECOVERY_PROOF_INVALID:
      "This proof does not prove this account: check the link, code, browser or application password, or use another proof.",
    RECOVERY_ALREADY_PENDING:
      "A recovery of this account is already waiting: complete it once its wait is over.",
    RECOVERY_NOT_PENDING:
      "There is no pending recovery of this account (it was cancelled or completed). Start a new one if you need it.",
    RECOVERY_WAITING: "The waiting period of this recovery is not over yet.",
    CODE_ALREADY_USED:
      "This code has already been used. Use a new one (an app shows the next one within 30 seconds).",
    ENROLLMENT_NOT_FOUND: "This setup no longer exists. Start again.",
    ENROLLMENT_EXPIRED: "This setup has expired. Start again.",
    TOO_MANY_ENROLLMENTS: "Too many unfinished setups. Finish one or wait a few minutes.",
    FACTOR_NOT_FOUND: "This method no longer exists.",
    FACTOR_NOT_AVAILABLE: "This method is not available for your account.",
    TWO_FACTOR_NOT_ENABLED: "Two-step verification is not on.",
    PROCEDURE_NOT_FOUND: "This action is not available. Reload the page.",
    METHOD_NOT_SUPPORTED: "This action is not available. Reload the page.",
    INPUT_TOO_LARGE: "What you typed is too long.",
    UNSUPPORTED_MEDIA_TYPE: "This action is not available. Reload the page.",
    CROSS_SITE_REQUEST:
      "This request came from another website and was refused. Open Twofold directly.",
    FACTOR_DISABLED:
      "This method was turned off after too many wrong tries in a row. Use another method, then turn it back on in your two-step settings.",
    LINK_INVALID: "This link is not valid or has expired.",
    SERVICE_UNAVAILABLE:
      "Twofold is briefly unavailable (a service it needs is not answering). Nothing was changed: try again in a moment.",
    TIMEOUT: "The server took too long to answer. Try again.",
    CLIENT_CLOSED_REQUEST: "The request was interrupted. Try again.",
    INTERNAL_ERROR: "Something went wrong on our side. Try again in a moment.",
    NETWORK: "The server cannot be reached. Check your connection and try again.",
    CHALLENGE_NOT_FOUND: "This security-key request is no longer valid. Try again.",
    CHALLENGE_EXPIRED: "The security-key request timed out (5 minutes). Try again.",
    ORIGIN_NOT_ALLOWED: "This page is not allowed to use security keys for Twofold.",
    RP_ID_MISMATCH: "This security key answered for another site.",
    WRONG_CEREMONY: "The security key answered the wrong kind of request. Try again.",
    USER_NOT_PRESENT: "Touch your security key when it blinks, then try again.",
    USER_NOT_VERIFIED:
      "Your security key must check that it is you (PIN or fingerprint). Try again.",
    SIGN_COUNT_REGRESSION:
      "This security key may have been copied: it was refused. Check your security log and remove the key if it is not with you.",
    CREDENTIAL_NOT_FOUND: "This security key or passkey is not registered for this account.",
    CREDENTIAL_ALREADY_REGISTERED: "This security key is already registered.",
    INVALID_WEBAUTHN_RESPONSE: "The security key's answer could not be verified. Try again.",
    DEVICE_NOT_FOUND: "This device is not (or no longer) an authenticator device of any account.",
    INVALID_SIGNATURE: "The device's signature is not valid.",
    PUSH_REQUEST_NOT_FOUND: "This sign-in request does not exist for this account.",
    PUSH_EXPIRED: "The request expired. Ask for a new one.",
    PUSH_ALREADY_ANSWERED: "This request has already been answered.",
    WRONG_NUMBER:
      "The number did not match: this request is refused. Sign in again to get a new one.",
    PUSH_DENIED: "The sign-in was refused on your device.",
    PUSH_NOT_ANSWERED: "Your device has not answered yet.",
    PUSH_PAUSED:
      "Requests to your device are paused after a reported sign-in. Use another method, or try again later.",
    INVALID_PHONE_NUMBER:
      "This is not a phone number we can read. Check the digits and the country.",
    COUNTRY_NOT_SUPPORTED:
      "Codes by SMS go only to mobile numbers of Switzerland, France, Belgium and Germany.",
    NOT_A_MOBILE_NUMBER: "This is not a mobile number: codes by SMS need a mobile phone.",
    PHONE_ALREADY_ADDED: "This number is already one of your methods.",
    NO_CODE_SENT: "No code has been sent yet. Ask for one first.",
    CODE_EXPIRED: "This code is no longer valid. Ask for a new one.",
    RECOVERY_ADDRESS_SAME:
      "Choose another mailbox: this is already your sign-in address or your recovery address.",
    RECOVERY_CONTACT_NOT_SET: "There is nothing to remove: none is set.",
    SMS_SEND_FAILED: "The text message could not be sent just now. Please try again in a moment.",
    APP_PASSWORD_NOT_FOUND: "This application password no longer exists.",
    TOO_MANY_APP_PASSWORDS:
      "You already have as many application passwords as an account can have. Revoke one you no longer use, then create the new one.",
    SESSION_NOT_FOUND: "This session has already ended.",
    TRUSTED_BROWSER_NOT_FOUND: "This browser is no longer trusted.",
  },
  fr: {
    INVALID_INPUT: "Un élément du formulaire n'est pas valide. Vérifiez-le et réessayez.",
    INVALID_EMAIL: "Cette adresse e-mail ne semble pas correcte.",
    WEAK_PASSWORD: "Choisissez un mot de passe plus long : au moins 10 caractères.",
    PASSWORD_TOO_WEAK:
      "Ce mot de passe est trop facile à deviner. Choisissez-en un autre : quelques mots sans rapport entre eux en font un solide.",
    EMAIL_TAKEN: "Un compte utilise déjà cette adresse e-mail. Connectez-vous plutôt.",
    INVALID_CREDENTIALS: "L'adresse e-mail ou le mot de passe est incorrect.",
    UNAUTHENTICATED: "Vous êtes déconnecté. Reconnectez-vous.",
    SECOND_FACTOR_REQUIRED: "Terminez d'abord la deuxième étape de votre connexion.",
    NO_PENDING_SIGN_IN: "Cette connexion n'attend plus de code. Reconnectez-vous.",
    REAUTH_REQUIRED: "Confirmez votre mot de passe pour continuer.",
    PASSWORD_CHANGE_REQUIRED: "Choisissez d'abord un nouveau mot de passe.",
    RATE_LIMITED: "Trop de tentatives. Patientez un moment, puis réessayez.",
    INVALID_CODE_FORMAT: "Le format de ce code n'est pas valide. Vérifiez-le et réessayez.",
    INVALID_CODE: "Ce code est incorrect. Vérifiez-le et réessayez.",
    LINK_EXPIRED: "Ce lien a expiré. Demandez-en un nouveau.",
    PASSWORD_RESET_ONLY:
      "Cette session sert uniquement à choisir le nouveau mot de passe. Choisissez-le, puis connectez-vous.",
    RECOVERY_PROOF_MISSING:
      "Une récupération demande votre mot de passe et une preuve : le lien envoyé à votre adresse de récupération, un code envoyé à votre téléphone de récupération, un navigateur avec lequel vous vous êtes déjà connecté, ou un mot de passe d'application.",
    RECOVERY_PROOF_INVALID:
      "Cette preuve ne prouve pas ce compte : vérifiez le lien, le code, le navigateur ou le mot de passe d'application, ou utilisez une autre preuve.",
    RECOVERY_ALREADY_PENDING:
      "Une récupération de ce compte est déjà en attente : terminez-la une fois le délai écoulé.",
    RECOVERY_NOT_PENDING:
      "Aucune récupération de ce compte n'est en attente (elle a été annulée ou terminée). Commencez-en une nouvelle si nécessaire.",
    RECOVERY_WAITING: "Le délai d'attente de cette récupération n'est pas encore écoulé.",
    CODE_ALREADY_USED:
      "Ce code a déjà été utilisé. Utilisez-en un nouveau (l'application affiche le suivant dans les 30 secondes).",
    ENROLLMENT_NOT_FOUND: "Cette configuration n'existe plus. Recommencez.",
    ENROLLMENT_EXPIRED: "Cette configuration a expiré. Recommencez.",
    TOO_MANY_ENROLLMENTS:
      "Trop de configurations inachevées. Terminez-en une ou patientez quelques minutes.",
    FACTOR_NOT_FOUND: "Cette méthode n'existe plus.",
    FACTOR_NOT_AVAILABLE: "Cette méthode n'est pas disponible pour votre compte.",
    TWO_FACTOR_NOT_ENABLED: "La validation en deux étapes n'est pas activée.",
    PROCEDURE_NOT_FOUND: "Cette action n'est pas disponible. Rechargez la page.",
    METHOD_NOT_SUPPORTED: "Cette action n'est pas disponible. Rechargez la page.",
    INPUT_TOO_LARGE: "Votre saisie est trop longue.",
    UNSUPPORTED_MEDIA_TYPE: "Cette action n'est pas disponible. Rechargez la page.",
    CROSS_SITE_REQUEST:
      "Cette requête venait d'un autre site et a été refusée. Ouvrez Twofold directement.",
    FACTOR_DISABLED:
      "Cette méthode a été désactivée après trop d'essais erronés d'affilée. Utilisez une autre méthode, puis réactivez-la dans vos réglages de validation en deux étapes.",
    LINK_INVALID: "Ce lien n'est pas valide ou a expiré.",
    SERVICE_UNAVAILABLE:
      "Twofold est momentanément indisponible (un service dont il a besoin ne répond pas). Rien n'a été modifié : réessayez dans un moment.",
    TIMEOUT: "Le serveur a mis trop de temps à répondre. Réessayez.",
    CLIENT_CLOSED_REQUEST: "La requête a été interrompue. Réessayez.",
    INTERNAL_ERROR: "Un problème est survenu de notre côté. Réessayez dans un instant.",
    NETWORK: "Le serveur est injoignable. Vérifiez votre connexion et réessayez.",
    CHALLENGE_NOT_FOUND: "Cette demande de clé de sécurité n'est plus valable. Réessayez.",
    CHALLENGE_EXPIRED: "La demande de clé de sécurité a expiré (5 minutes). Réessayez.",
    ORIGIN_NOT_ALLOWED:
      "Cette page n'est pas autorisée à utiliser des clés de sécurité pour Twofold.",
    RP_ID_MISMATCH: "Cette clé de sécurité a répondu pour un autre site.",
    WRONG_CEREMONY: "La clé de sécurité a répondu à un autre type de demande. Réessayez.",
    USER_NOT_PRESENT: "Touchez votre clé de sécurité quand elle clignote, puis réessayez.",
    USER_NOT_VERIFIED:
      "Votre clé de sécurité doit vérifier qu'il s'agit bien de vous (code PIN ou empreinte). Réessayez.",
    SIGN_COUNT_REGRESSION:
      "Cette clé de sécurité a peut-être été copiée : elle a été refusée. Consultez votre journal de sécurité et supprimez la clé si vous ne l'avez pas avec vous.",
    CREDENTIAL_NOT_FOUND:
      "Cette clé de sécurité ou clé d'accès n'est pas enregistrée pour ce compte.",
    CREDENTIAL_ALREADY_REGISTERED: "Cette clé de sécurité est déjà enregistrée.",
    INVALID_WEBAUTHN_RESPONSE:
      "La réponse de la clé de sécurité n'a pas pu être vérifiée. Réessayez.",
    DEVICE_NOT_FOUND:
      "Cet appareil n'est pas (ou plus) un appareil d'authentification d'un compte.",
    INVALID_SIGNATURE: "La signature de l'appareil n'est pas valable.",
    PUSH_REQUEST_NOT_FOUND: "Cette demande de connexion n'existe pas pour ce compte.",
    PUSH_EXPIRED: "La demande a expiré. Demandez-en une nouvelle.",
    PUSH_ALREADY_ANSWERED: "Cette demande a déjà reçu une réponse.",
    WRONG_NUMBER:
      "Le nombre ne correspondait pas : cette demande est refusée. Connectez-vous à nouveau pour en obtenir une nouvelle.",
    PUSH_DENIED: "La connexion a été refusée sur votre appareil.",
    PUSH_NOT_ANSWERED: "Votre appareil n'a pas encore répondu.",
    PUSH_PAUSED:
      "Les demandes vers votre appareil sont suspendues après une connexion signalée. Utilisez une autre méthode ou réessayez plus tard.",
    INVALID_PHONE_NUMBER: "Ce numéro de téléphone est illisible. Vérifiez les chiffres et le pays.",
    COUNTRY_NOT_SUPPORTED:
      "Les codes par SMS ne sont envoyés qu'aux numéros mobiles de Suisse, de France, de Belgique et d'Allemagne.",
    NOT_A_MOBILE_NUMBER:
      "Ce n'est pas un numéro mobile : les codes par SMS exigent un téléphone mobile.",
    PHONE_ALREADY_ADDED: "Ce numéro fait déjà partie de vos méthodes.",
    NO_CODE_SENT: "Aucun code n'a encore été envoyé. Demandez-en un d'abord.",
    CODE_EXPIRED: "Ce code n'est plus valable. Demandez-en un nouveau.",
    RECOVERY_ADDRESS_SAME:
      "Choisissez une autre boîte : c'est déjà votre adresse de connexion ou votre adresse de récupération.",
    RECOVERY_CONTACT_NOT_SET: "Il n'y a rien à retirer : aucun n'est défini.",
    SMS_SEND_FAILED: "Le SMS n'a pas pu être envoyé pour l'instant. Réessayez dans un moment.",
    APP_PASSWORD_NOT_FOUND: "Ce mot de passe d'application n'existe plus.",
    TOO_MANY_APP_PASSWORDS:
      "Vous avez déjà autant de mots de passe d'application qu'un compte peut en avoir. Révoquez-en un que vous n'utilisez plus, puis créez le nouveau.",
    SESSION_NOT_FOUND: "Cette session est déjà terminée.",
    TRUSTED_BROWSER_NOT_FOUND: "Ce navigateur n'est plus de confiance.",
  },
  de: {
    INVALID_INPUT:
      "Eine Angabe im Formular ist ungültig. Prüfen Sie sie und versuchen Sie es erneut.",
    INVALID_EMAIL: "Diese E-Mail-Adresse scheint nicht korrekt zu sein.",
    WEAK_PASSWORD: "Wählen Sie ein längeres Passwort: mindestens 10 Zeichen.",
    PASSWORD_TOO_WEAK:
      "Dieses Passwort ist zu leicht zu erraten. Wählen Sie ein anderes: Einige Wörter ohne Zusammenhang ergeben ein starkes.",
    EMAIL_TAKEN:
      "Diese E-Mail-Adresse wird bereits von einem Konto verwendet. Melden Sie sich stattdessen an.",
    INVALID_CREDENTIALS: "Die E-Mail-Adresse oder das Passwort ist falsch.",
    UNAUTHENTICATED: "Sie sind abgemeldet. Melden Sie sich erneut an.",
    SECOND_FACTOR_REQUIRED: "Schließen Sie zuerst den zweiten Schritt Ihrer Anmeldung ab.",
    NO_PENDING_SIGN_IN:
      "Diese Anmeldung wartet nicht mehr auf einen Code. Melden Sie sich erneut an.",
    REAUTH_REQUIRED: "Bestätigen Sie Ihr Passwort, um fortzufahren.",
    PASSWORD_CHANGE_REQUIRED: "Wählen Sie zuerst ein neues Passwort.",
    RATE_LIMITED: "Zu viele Versuche. Warten Sie eine Weile und versuchen Sie es dann erneut.",
    INVALID_CODE_FORMAT:
      "Dieser Code hat nicht das richtige Format. Prüfen Sie ihn und versuchen Sie es erneut.",
    INVALID_CODE: "Dieser Code ist falsch. Prüfen Sie ihn und versuchen Sie es erneut.",
    LINK_EXPIRED: "Dieser Link ist abgelaufen. Fordern Sie einen neuen an.",
    PASSWORD_RESET_ONLY:
      "Diese Sitzung dient nur dazu, das neue Passwort festzulegen. Legen Sie es fest und melden Sie sich dann an.",
    RECOVERY_PROOF_MISSING:
      "Eine Wiederherstellung braucht Ihr Passwort und einen Nachweis: den Link an Ihre Wiederherstellungsadresse, einen Code an Ihr Wiederherstellungstelefon, einen Browser, mit dem Sie sich schon angemeldet haben, oder ein App-Passwort.",
    RECOVERY_PROOF_INVALID:
      "Dieser Nachweis passt nicht zu diesem Konto: Prüfen Sie Link, Code, Browser oder App-Passwort, oder verwenden Sie einen anderen Nachweis.",
    RECOVERY_ALREADY_PENDING:
      "Eine Wiederherstellung dieses Kontos wartet bereits: Schließen Sie sie nach Ablauf der Wartezeit ab.",
    RECOVERY_NOT_PENDING:
      "Es wartet keine Wiederherstellung dieses Kontos (sie wurde abgebrochen oder abgeschlossen). Starten Sie bei Bedarf eine neue.",
    RECOVERY_WAITING: "Die Wartezeit dieser Wiederherstellung ist noch nicht vorbei.",
    CODE_ALREADY_USED:
      "Dieser Code wurde bereits verwendet. Verwenden Sie einen neuen (die App zeigt innerhalb von 30 Sekunden den nächsten an).",
    ENROLLMENT_NOT_FOUND: "Diese Einrichtung existiert nicht mehr. Beginnen Sie von vorn.",
    ENROLLMENT_EXPIRED: "Diese Einrichtung ist abgelaufen. Beginnen Sie von vorn.",
    TOO_MANY_ENROLLMENTS:
      "Zu viele nicht abgeschlossene Einrichtungen. Schließen Sie eine ab oder warten Sie einige Minuten.",
    FACTOR_NOT_FOUND: "Diese Methode existiert nicht mehr.",
    FACTOR_NOT_AVAILABLE: "Diese Methode ist für Ihr Konto nicht verfügbar.",
    TWO_FACTOR_NOT_ENABLED: "Die Bestätigung in zwei Schritten ist nicht aktiviert.",
    PROCEDURE_NOT_FOUND: "Diese Aktion ist nicht verfügbar. Laden Sie die Seite neu.",
    METHOD_NOT_SUPPORTED: "Diese Aktion ist nicht verfügbar. Laden Sie die Seite neu.",
    INPUT_TOO_LARGE: "Ihre Eingabe ist zu lang.",
    UNSUPPORTED_MEDIA_TYPE: "Diese Aktion ist nicht verfügbar. Laden Sie die Seite neu.",
    CROSS_SITE_REQUEST:
      "Diese Anfrage kam von einer anderen Website und wurde abgelehnt. Öffnen Sie Twofold direkt.",
    FACTOR_DISABLED:
      "Diese Methode wurde nach zu vielen falschen Versuchen in Folge ausgeschaltet. Verwenden Sie eine andere Methode und schalten Sie sie dann in den Einstellungen der Bestätigung in zwei Schritten wieder ein.",
    LINK_INVALID: "Dieser Link ist ungültig oder abgelaufen.",
    SERVICE_UNAVAILABLE:
      "Twofold ist kurz nicht verfügbar (ein benötigter Dienst antwortet nicht). Es wurde nichts geändert: Versuchen Sie es gleich noch einmal.",
    TIMEOUT: "Der Server hat zu lange für die Antwort gebraucht. Versuchen Sie es erneut.",
    CLIENT_CLOSED_REQUEST: "Die Anfrage wurde unterbrochen. Versuchen Sie es erneut.",
    INTERNAL_ERROR: "Bei uns ist ein Fehler aufgetreten. Versuchen Sie es gleich noch einmal.",
    NETWORK:
      "Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
    CHALLENGE_NOT_FOUND:
      "Diese Sicherheitsschlüssel-Anfrage ist nicht mehr gültig. Versuchen Sie es erneut.",
    CHALLENGE_EXPIRED:
      "Die Sicherheitsschlüssel-Anfrage ist abgelaufen (5 Minuten). Versuchen Sie es erneut.",
    ORIGIN_NOT_ALLOWED: "Diese Seite darf keine Sicherheitsschlüssel für Twofold verwenden.",
    RP_ID_MISMATCH: "Dieser Sicherheitsschlüssel hat für eine andere Website geantwortet.",
    WRONG_CEREMONY:
      "Der Sicherheitsschlüssel hat auf eine andere Art von Anfrage geantwortet. Versuchen Sie es erneut.",
    USER_NOT_PRESENT:
      "Berühren Sie Ihren Sicherheitsschlüssel, wenn er blinkt, und versuchen Sie es erneut.",
    USER_NOT_VERIFIED:
      "Ihr Sicherheitsschlüssel muss prüfen, dass Sie es sind (PIN oder Fingerabdruck). Versuchen Sie es erneut.",
    SIGN_COUNT_REGRESSION:
      "Dieser Sicherheitsschlüssel wurde möglicherweise kopiert und wurde abgelehnt. Prüfen Sie Ihr Sicherheitsprotokoll und entfernen Sie den Schlüssel, wenn Sie ihn nicht bei sich haben.",
    CREDENTIAL_NOT_FOUND:
      "Dieser Sicherheitsschlüssel oder Passkey ist für dieses Konto nicht registriert.",
    CREDENTIAL_ALREADY_REGISTERED: "Dieser Sicherheitsschlüssel ist bereits registriert.",
    INVALID_WEBAUTHN_RESPONSE:
      "Die Antwort des Sicherheitsschlüssels konnte nicht geprüft werden. Versuchen Sie es erneut.",
    DEVICE_NOT_FOUND: "Dieses Gerät ist (nicht mehr) ein Authentifizierungsgerät eines Kontos.",
    INVALID_SIGNATURE: "Die Signatur des Geräts ist ungültig.",
    PUSH_REQUEST_NOT_FOUND: "Diese Anmeldeanfrage gibt es für dieses Konto nicht.",
    PUSH_EXPIRED: "Die Anfrage ist abgelaufen. Fordern Sie eine neue an.",
    PUSH_ALREADY_ANSWERED: "Diese Anfrage wurde bereits beantwortet.",
    WRONG_NUMBER:
      "Die Zahl stimmte nicht überein: Diese Anfrage ist abgelehnt. Melden Sie sich erneut an, um eine neue zu erhalten.",
    PUSH_DENIED: "Die Anmeldung wurde auf Ihrem Gerät abgelehnt.",
    PUSH_NOT_ANSWERED: "Ihr Gerät hat noch nicht geantwortet.",
    PUSH_PAUSED:
      "Anfragen an Ihr Gerät sind nach einer gemeldeten Anmeldung pausiert. Verwenden Sie eine andere Methode oder versuchen Sie es später erneut.",
    INVALID_PHONE_NUMBER:
      "Diese Telefonnummer können wir nicht lesen. Prüfen Sie die Ziffern und das Land.",
    COUNTRY_NOT_SUPPORTED:
      "Codes per SMS gehen nur an Mobilnummern aus der Schweiz, Frankreich, Belgien und Deutschland.",
    NOT_A_MOBILE_NUMBER: "Das ist keine Mobilnummer: Codes per SMS brauchen ein Mobiltelefon.",
    PHONE_ALREADY_ADDED: "Diese Nummer ist bereits eine Ihrer Methoden.",
    NO_CODE_SENT: "Es wurde noch kein Code gesendet. Fordern Sie zuerst einen an.",
    CODE_EXPIRED: "Dieser Code ist nicht mehr gültig. Fordern Sie einen neuen an.",
    RECOVERY_ADDRESS_SAME:
      "Wählen Sie ein anderes Postfach: das ist bereits Ihre Anmeldeadresse oder Ihre Wiederherstellungsadresse.",
    RECOVERY_CONTACT_NOT_SET: "Es gibt nichts zu entfernen: nichts ist festgelegt.",
    SMS_SEND_FAILED:
      "Die SMS konnte gerade nicht gesendet werden. Bitte versuchen Sie es gleich noch einmal.",
    APP_PASSWORD_NOT_FOUND: "Dieses App-Passwort gibt es nicht mehr.",
    TOO_MANY_APP_PASSWORDS:
      "Sie haben bereits so viele App-Passwörter, wie ein Konto haben kann. Widerrufen Sie eines, das Sie nicht mehr verwenden, und erstellen Sie dann das neue.",
    SESSION_NOT_FOUND: "Diese Sitzung ist bereits beendet.",
    TRUSTED_BROWSER_NOT_FOUND: "Diesem Browser wird nicht mehr vertraut.",
  },
  it: {
    INVALID_INPUT: "Alcuni dati del modulo non sono validi. Li controlli e riprovi.",
    INVALID_EMAIL: "Questo indirizzo email non sembra corretto.",
    WEAK_PASSWORD: "Scelga una password più lunga: almeno 10 caratteri.",
    PASSWORD_TOO_WEAK:
      "Questa password è troppo facile da indovinare. Ne scelga un'altra: alcune parole senza legame tra loro ne fanno una robusta.",
    EMAIL_TAKEN: "Esiste già un account con questo indirizzo email. Effettui invece l'accesso.",
    INVALID_CREDENTIALS: "L'indirizzo email o la password non sono corretti.",
    UNAUTHENTICATED: "È stata effettuata la disconnessione. Acceda di nuovo.",
    SECOND_FACTOR_REQUIRED: "Completi prima il secondo passaggio dell'accesso.",
    NO_PENDING_SIGN_IN: "Questo accesso non è più in attesa di un codice. Acceda di nuovo.",
    REAUTH_REQUIRED: "Confermi la password per continuare.",
    PASSWORD_CHANGE_REQUIRED: "Scelga prima una nuova password.",
    RATE_LIMITED: "Troppi tentativi. Attenda un po' e riprovi.",
    INVALID_CODE_FORMAT: "Il formato di questo codice non è corretto. Lo controlli e riprovi.",
    INVALID_CODE: "Questo codice non è corretto. Lo controlli e riprovi.",
    LINK_EXPIRED: "Questo link è scaduto. Ne chieda uno nuovo.",
    PASSWORD_RESET_ONLY:
      "Questa sessione serve solo a scegliere la nuova password. La scelga, poi acceda.",
    RECOVERY_PROOF_MISSING:
      "Un recupero richiede la sua password e una prova: il link inviato al suo indirizzo di recupero, un codice inviato al suo telefono di recupero, un browser con cui ha già effettuato l'accesso, o una password per app.",
    RECOVERY_PROOF_INVALID:
      "Questa prova non dimostra questo account: controlli il link, il codice, il browser o la password per app, oppure usi un'altra prova.",
    RECOVERY_ALREADY_PENDING:
      "Un recupero di questo account è già in attesa: lo completi quando l'attesa è finita.",
    RECOVERY_NOT_PENDING:
      "Non c'è nessun recupero in attesa per questo account (è stato annullato o completato). Ne avvii uno nuovo se serve.",
    RECOVERY_WAITING: "Il periodo di attesa di questo recupero non è ancora finito.",
    CODE_ALREADY_USED:
      "Questo codice è già stato usato. Ne usi uno nuovo (l'app mostra il successivo entro 30 secondi).",
    ENROLLMENT_NOT_FOUND: "Questa configurazione non esiste più. Ricominci da capo.",
    ENROLLMENT_EXPIRED: "Questa configurazione è scaduta. Ricominci da capo.",
    TOO_MANY_ENROLLMENTS:
      "Troppe configurazioni non completate. Ne completi una o attenda qualche minuto.",
    FACTOR_NOT_FOUND: "Questo metodo non esiste più.",
    FACTOR_NOT_AVAILABLE: "Questo metodo non è disponibile per il suo account.",
    TWO_FACTOR_NOT_ENABLED: "La verifica in due passaggi non è attiva.",
    PROCEDURE_NOT_FOUND: "Questa azione non è disponibile. Ricarichi la pagina.",
    METHOD_NOT_SUPPORTED: "Questa azione non è disponibile. Ricarichi la pagina.",
    INPUT_TOO_LARGE: "Il testo inserito è troppo lungo.",
    UNSUPPORTED_MEDIA_TYPE: "Questa azione non è disponibile. Ricarichi la pagina.",
    CROSS_SITE_REQUEST:
      "Questa richiesta proveniva da un altro sito ed è stata rifiutata. Apra Twofold direttamente.",
    FACTOR_DISABLED:
      "Questo metodo è stato disattivato dopo troppi tentativi errati di fila. Usi un altro metodo, poi lo riattivi nelle impostazioni della verifica in due passaggi.",
    LINK_INVALID: "Questo link non è valido o è scaduto.",
    SERVICE_UNAVAILABLE:
      "Twofold è momentaneamente non disponibile (un servizio di cui ha bisogno non risponde). Nulla è stato modificato: riprovi tra poco.",
    TIMEOUT: "Il server ha impiegato troppo tempo a rispondere. Riprovi.",
    CLIENT_CLOSED_REQUEST: "La richiesta è stata interrotta. Riprovi.",
    INTERNAL_ERROR: "Si è verificato un problema da parte nostra. Riprovi tra poco.",
    NETWORK: "Impossibile raggiungere il server. Controlli la connessione e riprovi.",
    CHALLENGE_NOT_FOUND: "Questa richiesta della chiave di sicurezza non è più valida. Riprovi.",
    CHALLENGE_EXPIRED: "La richiesta della chiave di sicurezza è scaduta (5 minuti). Riprovi.",
    ORIGIN_NOT_ALLOWED: "Questa pagina non è autorizzata a usare chiavi di sicurezza per Twofold.",
    RP_ID_MISMATCH: "Questa chiave di sicurezza ha risposto per un altro sito.",
    WRONG_CEREMONY: "La chiave di sicurezza ha risposto a un altro tipo di richiesta. Riprovi.",
    USER_NOT_PRESENT: "Tocchi la chiave di sicurezza quando lampeggia, poi riprovi.",
    USER_NOT_VERIFIED:
      "La chiave di sicurezza deve verificare che sia Lei (PIN o impronta). Riprovi.",
    SIGN_COUNT_REGRESSION:
      "Questa chiave di sicurezza potrebbe essere stata copiata: è stata rifiutata. Controlli il registro di sicurezza e rimuova la chiave se non è in suo possesso.",
    CREDENTIAL_NOT_FOUND:
      "Questa chiave di sicurezza o passkey non è registrata per questo account.",
    CREDENTIAL_ALREADY_REGISTERED: "Questa chiave di sicurezza è già registrata.",
    INVALID_WEBAUTHN_RESPONSE:
      "Non è stato possibile verificare la risposta della chiave di sicurezza. Riprovi.",
    DEVICE_NOT_FOUND:
      "Questo dispositivo non è (o non è più) un dispositivo di autenticazione di un account.",
    INVALID_SIGNATURE: "La firma del dispositivo non è valida.",
    PUSH_REQUEST_NOT_FOUND: "Questa richiesta di accesso non esiste per questo account.",
    PUSH_EXPIRED: "La richiesta è scaduta. Ne chieda una nuova.",
    PUSH_ALREADY_ANSWERED: "A questa richiesta è già stata data una risposta.",
    WRONG_NUMBER:
      "Il numero non corrispondeva: questa richiesta è rifiutata. Acceda di nuovo per riceverne una nuova.",
    PUSH_DENIED: "L'accesso è stato rifiutato sul suo dispositivo.",
    PUSH_NOT_ANSWERED: "Il suo dispositivo non ha ancora risposto.",
    PUSH_PAUSED:
      "Le richieste al suo dispositivo sono sospese dopo un accesso segnalato. Usi un altro metodo o riprovi più tardi.",
    INVALID_PHONE_NUMBER:
      "Non riusciamo a leggere questo numero di telefono. Controlli le cifre e il paese.",
    COUNTRY_NOT_SUPPORTED:
      "I codici via SMS vengono inviati solo a numeri di cellulare di Svizzera, Francia, Belgio e Germania.",
    NOT_A_MOBILE_NUMBER:
      "Questo non è un numero di cellulare: i codici via SMS richiedono un cellulare.",
    PHONE_ALREADY_ADDED: "Questo numero è già uno dei suoi metodi.",
    NO_CODE_SENT: "Non è ancora stato inviato alcun codice. Ne richieda prima uno.",
    CODE_EXPIRED: "Questo codice non è più valido. Ne richieda uno nuovo.",
    RECOVERY_ADDRESS_SAME:
      "Scelga un'altra casella: questo è già il suo indirizzo di accesso o di recupero.",
    RECOVERY_CONTACT_NOT_SET: "Non c'è niente da rimuovere: non è impostato nulla.",
    SMS_SEND_FAILED: "Non è stato possibile inviare l'SMS in questo momento. Riprovi tra poco.",
    APP_PASSWORD_NOT_FOUND: "Questa password per app non esiste più.",
    TOO_MANY_APP_PASSWORDS:
      "Hai già tutte le password per app che un account può avere. Revocane una che non usi più, poi crea quella nuova.",
    SESSION_NOT_FOUND: "Questa sessione è già terminata.",
    TRUSTED_BROWSER_NOT_FOUND: "Questo browser non è più considerato affidabile.",
  },
};

/** "Try again after 10:42." for RATE_LIMITED, with the time already formatted (today). */
export const RETRY_AT: Record<Locale, (time: string) => string> = {
  en: (time: string) => `Try again after ${time}.`,
  fr: (time: string) => `Réessayez à partir de ${time}.`,
  de: (time: string) => `Versuchen Sie es ab ${time} erneut.`,
  it: (time: string) => `Riprovi dopo le ${time}.`,
};

/** "Try again after 10 Dec 2026, 10:42." when the wait ends on another day (a recovery's). */
export const RETRY_ON: Record<Locale, (dateTime: string) => string> = {
  en: (dateTime: string) => `Try again after ${dateTime}.`,
  fr: (dateTime: string) => `Réessayez à partir du ${dateTime}.`,
  de: (dateTime: string) => `Versuchen Sie es ab dem ${dateTime} erneut.`,
  it: (dateTime: string) => `Riprovi dopo il ${dateTime}.`,
};
