import {
  useInfiniteQuery,
  useQuery,
  type InfiniteData,
  type QueryClient,
  type UseInfiniteQueryResult,
  type UseQueryResult,
} from "@tanstack/react-query";
import { api, type Me, type Outputs, type TwoFactorStatus } from "./api";
import type { LogKind } from "./security-log";

export const ME = ["me"] as const;
export const TWO_FACTOR = ["twoFactor"] as const;
export const APP_PASSWORDS = ["appPasswords"] as const;
export const SYNC_SERVERS = ["syncServers"] as const;
export const SESSIONS = ["sessions"] as const;
export const TRUSTED_BROWSERS = ["trustedBrowsers"] as const;
export const BROWSER_POLICY = ["browserPolicy"] as const;
export const SECURITY_LOG = ["securityLog"] as const;
export const RECOVERY = ["recovery"] as const;
export const RECOVERY_WAIT = ["recoveryWait"] as const;

export type AppPasswordView = Outputs["appPasswords"]["list"][number];
export type SessionView = Outputs["sessions"]["list"][number];
export type TrustedBrowserView = Outputs["trustedBrowsers"]["list"][number];
export type BrowserPolicy = Outputs["account"]["browserPolicy"]["policy"];
export type SecurityLogPage = Outputs["securityLog"]["list"];

/** Who is signed in; an UNAUTHENTICATED error means nobody. */
export function useMe(): UseQueryResult<Me> {
  return useQuery({ queryKey: ME, queryFn: () => api.auth.me.query() });
}

export function useTwoFactorStatus(): UseQueryResult<TwoFactorStatus> {
  return useQuery({ queryKey: TWO_FACTOR, queryFn: () => api.twoFactor.status.query() });
}

export function useAppPasswords(): UseQueryResult<AppPasswordView[]> {
  return useQuery({ queryKey: APP_PASSWORDS, queryFn: () => api.appPasswords.list.query() });
}

/** Where application passwords are used: the operator's servers and the user name. */
export function useSyncServers(): UseQueryResult<Outputs["appPasswords"]["servers"]> {
  return useQuery({ queryKey: SYNC_SERVERS, queryFn: () => api.appPasswords.servers.query() });
}

export function useSessions(): UseQueryResult<SessionView[]> {
  return useQuery({ queryKey: SESSIONS, queryFn: () => api.sessions.list.query() });
}

export function useTrustedBrowsers(): UseQueryResult<TrustedBrowserView[]> {
  return useQuery({ queryKey: TRUSTED_BROWSERS, queryFn: () => api.trustedBrowsers.list.query() });
}

export function useBrowserPolicy(): UseQueryResult<BrowserPolicy> {
  return useQuery({
    queryKey: BROWSER_POLICY,
    queryFn: async () => (await api.account.browserPolicy.query()).policy,
  });
}

/** How long an account recovery waits on this server, in hours (exact: the text rounds it). */
export function useRecoveryWait(): UseQueryResult<number> {
  return useQuery({
    queryKey: RECOVERY_WAIT,
    queryFn: async () => (await api.recovery.waitPeriod.query()).hours,
    staleTime: Infinity,
  });
}

/** The security log, newest first, one page of 50 at a time (`fetchNextPage` for older ones). */
export function useSecurityLog(
  kind: LogKind | null,
): UseInfiniteQueryResult<InfiniteData<SecurityLogPage, number | null>> {
  return useInfiniteQuery({
    queryKey: [...SECURITY_LOG, kind ?? "all"],
    queryFn: ({ pageParam }) =>
      api.securityLog.list.query({
        ...(pageParam !== null && { cursor: pageParam }),
        ...(kind !== null && { kinds: [kind] }),
      }),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** Drops everything cached about a person except `me` (which says who is signed in now). */
export function forgetAllButMe(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME[0] });
}

/** A session began (sign-in, sign-up, code verified): `me` is asked again before moving on. */
export async function sessionStarted(queryClient: QueryClient): Promise<void> {
  forgetAllButMe(queryClient);
  await queryClient.refetchQueries({ queryKey: ME });
}

/**
 * The session ended: nothing of the previous person stays on screen (`me` loses its data at
 * once) and `me` is asked again.
 */
export async function sessionEnded(queryClient: QueryClient): Promise<void> {
  forgetAllButMe(queryClient);
  await queryClient.resetQueries({ queryKey: ME });
}
