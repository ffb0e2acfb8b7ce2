import { remainingBackupCodes } from "../backup-codes/backup-codes";
import type { Deps } from "../deps";
import { recoveryContactsView } from "../recovery-contacts";
import { FACTOR_KINDS, listFactors, type Factor } from "../two-factor/factors";
import { CHECKUP_RULES, type Checkup, type CheckupFinding } from "./findings";
import { methodsCheckDue, twoStepSince } from "./methods-check";
import { unusualPlaces } from "./places";

/**
 * The security check-up of an account (Google's, in spirit): what protects it now, and what to
 * do, most important first. Reads only; an empty list of findings means nothing to do.
 */
export async function checkupStatus(deps: Deps, accountId: string): Promise<Checkup> {
  const [factors, remaining, contacts, places] = await Promise.all([
    listFactors(deps, accountId),
    remainingBackupCodes(deps, accountId),
    recoveryContactsView(deps, accountId),
    unusualPlaces(deps, accountId),
  ]);
  const since = await twoStepSince(deps, accountId, factors);
  const findings: CheckupFinding[] = [
    ...methodFindings(factors, remaining),
    ...(contacts.address === null ? [{ kind: "no_recovery_address" as const }] : []),
    ...unusedMethods(deps, factors),
    ...places,
  ];
  return {
    protections: {
      twoStepOn: factors.length > 0,
      twoStepSince: since,
      methods: FACTOR_KINDS.map((kind) => ({
        kind,
        count: factors.filter((f) => f.kind === kind).length,
      })).filter((m) => m.count > 0),
      backupCodesRemaining: remaining,
      recoveryAddress: contacts.address !== null,
      recoveryPhone: contacts.phone !== null,
    },
    findings,
    askMethodsCheck: await methodsCheckDue(deps, { accountId, since }),
  };
}

function methodFindings(factors: readonly Factor[], remaining: number): CheckupFinding[] {
  if (factors.length === 0) return [{ kind: "two_step_off" }];
  const findings: CheckupFinding[] = [];
  if (factors.length === 1) findings.push({ kind: "only_one_method" });
  if (factors.every((f) => f.kind === "sms")) findings.push({ kind: "only_sms" });
  if (remaining <= CHECKUP_RULES.fewBackupCodes)
    findings.push({ kind: "few_backup_codes", remaining });
  return findings;
}

function unusedMethods(deps: Deps, factors: readonly Factor[]): CheckupFinding[] {
  const before = deps.clock.now().getTime() - CHECKUP_RULES.unusedAfterMs;
  return factors.flatMap((f) => {
    const since = f.lastUsedAt ?? f.createdAt;
    return since.getTime() <= before
      ? [
          {
            kind: "unused_method" as const,
            factorId: f.id,
            factorKind: f.kind,
            label: f.label,
            since,
            used: f.lastUsedAt !== null,
          },
        ]
      : [];
  });
}
