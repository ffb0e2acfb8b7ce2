import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { setFlash } from "./flash";
import { ME, TWO_FACTOR } from "./queries";
import { navigate, PATHS } from "./router";

/**
 * After a method was added (and its backup codes, if any, were stored): the settings are read
 * again and the two-step page says so once.
 */
export function useMethodAdded(): (message: string) => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    async (message: string) => {
      setFlash(message);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: TWO_FACTOR }),
        queryClient.invalidateQueries({ queryKey: ME }),
      ]);
      navigate(PATHS.twoStep);
    },
    [queryClient],
  );
}
