import { useQueryClient } from "@tanstack/react-query";
import { api } from "./api";
import { sessionEnded } from "./queries";
import type { AppPath } from "./paths";
import { navigate } from "./router";

/**
 * Leaves a half-done sign-in (or a reset's second step) for another page: the waiting session
 * ends, its data goes at once (so nothing routes back here), then the page opens.
 */
export function useLeaveSignIn(): (to: AppPath) => Promise<void> {
  const queryClient = useQueryClient();
  return async (to) => {
    try {
      await api.auth.signOut.mutate();
    } finally {
      const ended = sessionEnded(queryClient);
      navigate(to, { replace: true });
      await ended;
    }
  };
}
