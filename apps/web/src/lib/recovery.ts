/** What proves the account with the password (the API's `proof.kind`). */
export type RecoveryProofKind = "email_link" | "sms_code" | "browser" | "app_password";

/** The proofs a recovery can be given, in the order the page offers them. */
export const PROOF_KINDS: readonly RecoveryProofKind[] = [
  "email_link",
  "sms_code",
  "browser",
  "app_password",
];

/** What the person typed or received for the chosen proof. */
export interface ProofFields {
  kind: RecoveryProofKind;
  /** The token of the recovery link (from the page's address). */
  token: string;
  code: string;
  appPassword: string;
}

/** The proof as the API takes it (a browser's proof is its cookies, sent by the browser). */
export function proofInput(fields: ProofFields) {
  switch (fields.kind) {
    case "email_link":
      return { kind: "email_link" as const, token: fields.token };
    case "sms_code":
      return { kind: "sms_code" as const, code: fields.code.trim() };
    case "browser":
      return { kind: "browser" as const };
    case "app_password":
      return { kind: "app_password" as const, appPassword: fields.appPassword.trim() };
  }
}

/** The token of a recovery link opened on this page (`/recover#token=...`), else "". */
export function linkToken(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, "")).get("token") ?? "";
}
