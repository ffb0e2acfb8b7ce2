import { useQuery, type UseQueryResult } from "@tanstack/react-query";
import { api, type Outputs } from "./api";

export const RECOVERY_CONTACTS = ["recoveryContacts"] as const;

/** The recovery address and mobile, masked, and what waits for its code. */
export type RecoveryContactsView = Outputs["recovery"]["contacts"];

export function useRecoveryContacts(): UseQueryResult<RecoveryContactsView> {
  return useQuery({ queryKey: RECOVERY_CONTACTS, queryFn: () => api.recovery.contacts.query() });
}
