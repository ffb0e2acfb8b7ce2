import type { Messages } from "../i18n/en";
import type { Outputs } from "./api";

export type NotMeAbout = NonNullable<Outputs["account"]["reportNotMe"]["about"]>;

/**
 * What "this wasn't me" did about the change its email told of (a method someone added is
 * removed), or how the person puts back what was removed: the sentences the page shows.
 */
export function notMeAboutText(t: Messages, about: NotMeAbout | null): string[] {
  const a = t.notMe.about;
  if (!about) return [];
  switch (about.action) {
    case "factor_removed":
      return [
        a.factorRemoved(t.methods[about.factorKind], about.label),
        ...(about.twoFactorEnabled ? [] : [a.twoStepOff]),
      ];
    case "app_password_revoked":
      return [a.appPasswordRevoked(about.name)];
    case "add_factor_again":
      return [a.addAgain(t.methods[about.factorKind], about.label)];
    case "turn_on_two_step_again":
      return [a.turnOnAgain];
  }
}
