import { useQuery, type UseQueryResult } from "@tanstack/react-query";
import { api, type Me, type TwoFactorStatus } from "./api";

export const ME = ["me"] as const;
export const TWO_FACTOR = ["twoFactor"] as const;

/** Who is signed in; an UNAUTHENTICATED error means nobody. */
export function useMe(): UseQueryResult<Me> {
  return useQuery({ queryKey: ME, queryFn: () => api.auth.me.query() });
}

export function useTwoFactorStatus(): UseQueryResult<TwoFactorStatus> {
  return useQuery({ queryKey: TWO_FACTOR, queryFn: () => api.twoFactor.status.query() });
}
