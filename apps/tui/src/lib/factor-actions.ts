import type { ApiClient, FactorView } from "@twofold/client";

export interface FactorActions {
  rename: (input: { id: string; label: string }) => Promise<FactorView>;
  remove: (input: { id: string }) => Promise<{ twoFactorEnabled: boolean }>;
}

/**
 * Rename and remove for each kind of method (each router names them its way). The switch is
 * exhaustive: a new kind is a type error here, never a call to another kind's router.
 */
export function factorActions(api: ApiClient, kind: FactorView["kind"]): FactorActions {
  switch (kind) {
    case "totp":
      return { rename: (i) => api.totp.rename.mutate(i), remove: (i) => api.totp.remove.mutate(i) };
    case "webauthn":
      return {
        rename: (i) => api.webauthn.rename.mutate(i),
        remove: (i) => api.webauthn.remove.mutate(i),
      };
    case "push":
      return {
        rename: (i) => api.push.renameDevice.mutate(i),
        remove: (i) => api.push.removeDevice.mutate(i),
      };
    case "sms":
      return { rename: (i) => api.sms.rename.mutate(i), remove: (i) => api.sms.remove.mutate(i) };
  }
}
