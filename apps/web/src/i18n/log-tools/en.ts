import type { LogKind } from "../../lib/security-log";

/**
 * The English strings of the security log's filter and downloads. `en.ts` spreads them in;
 * `LogToolsMessages` is the shape the other languages fill.
 */
export const logToolsEn = {
  logTools: {
    filter: "Show",
    all: "All events",
    kinds: {
      sign_ins: "Sign-ins",
      methods: "Two-step methods",
      passwords_recovery: "Passwords and recovery",
      sessions_browsers: "Sessions and browsers",
      apps: "Apps and application passwords",
      account: "Account",
    } satisfies Record<LogKind, string>,
    emptyKind: "No event of this kind has been recorded.",
    downloadTitle: "Download your log",
    downloadIntro:
      "The whole log, oldest first, with each event's place in Twofold's sealed chain. Every row also carries a hash of the rows before it, so anyone can check that the file was not changed: the file explains how.",
    csv: "Download (CSV)",
    json: "Download (JSON)",
    preparing: "Preparing the file…",
  },
};

export type LogToolsMessages = typeof logToolsEn;
