import type { InteractionMessages } from "./en";

export const interactionIt: InteractionMessages = {
  interaction: {
    loading: "Caricamento della richiesta dell'app…",
    signInTo: (app: string) => `Acceda per continuare su ${app}`,
    again: {
      fresh: (app: string) => `${app} le chiede di accedere di nuovo.`,
      "second-step": (app: string) => `${app} chiede il suo secondo passaggio.`,
      "fresh-second-step": (app: string) =>
        `${app} le chiede di accedere di nuovo, con il suo secondo passaggio.`,
    },
    secondStepIntro: (app: string) => `Confermi che si tratta di lei per continuare su ${app}.`,
    cancel: (app: string) => `Annulla e torna a ${app}`,
    continueTitle: (app: string) => `Continua su ${app}`,
    signedInAs: (email: string) => `Ha effettuato l'accesso come ${email}.`,
    continue: "Continua",
    leaving: (app: string) => `Reindirizzamento a ${app}…`,
    twoStepOffTitle: "Verifica in due passaggi necessaria",
    twoStepOff: (app: string) =>
      `${app} accetta solo account protetti dalla verifica in due passaggi. Aggiunga un metodo al suo account, poi acceda di nuovo a ${app}.`,
    addMethod: "Configura la verifica in due passaggi",
    expiredTitle: "Questa richiesta di accesso è scaduta",
    expired:
      "È già stata usata, oppure ha atteso troppo a lungo. Torni all'app e acceda di nuovo da lì.",
    reasons: {
      INTERACTION_EXPIRED:
        "Questa richiesta di accesso è scaduta. Torni all'app e acceda di nuovo da lì.",
      NOT_SIGNED_IN: "Non ha più effettuato l'accesso. Acceda di nuovo per continuare.",
      UNMET_AUTHENTICATION_REQUIREMENTS:
        "L'app chiede un accesso più recente o un secondo passaggio. Torni all'app e acceda di nuovo.",
    },
  },
  consent: {
    title: (app: string) => `${app} chiede l'accesso al suo account`,
    wants: (app: string) => `${app} vuole:`,
    scopes: {
      openid: "Sapere chi è: l'identificativo del suo account",
      email: "Vedere il suo indirizzo email",
      profile: "Vedere il suo nome",
      offline_access:
        "Restare connessa anche quando non la usa, finché non termina questa sessione in Twofold",
    },
    unknownScope: (scope: string) => `Usare l'accesso chiamato «${scope}»`,
    account: (app: string, email: string) => `${app} vedrà l'account ${email}.`,
    trust: "Consenta solo a un'app di cui si fida.",
    allow: "Consenti",
    deny: "Rifiuta",
  },
};
