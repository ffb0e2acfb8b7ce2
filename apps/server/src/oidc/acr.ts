/**
 * How strongly a session signed in, as the `acr` apps see and may ask for (`acr_values`):
 * the password alone (no two-step, or a browser trusted for 30 days), a second factor, or a
 * phishing-resistant one (a security key or a passkey).
 */
export const ACR = {
  password: "urn:twofold:acr:password",
  mfa: "urn:twofold:acr:mfa",
  phishingResistant: "phr",
} as const;

/** From weakest to strongest: a session meets a value when its level reaches that value's. */
const LEVELS: readonly string[] = [ACR.password, ACR.mfa, ACR.phishingResistant];

export const ACR_VALUES = [...LEVELS];

/** The level of a session that signed in with `amr` (RFC 8176 values). */
export function sessionLevel(amr: readonly string[] | null): number {
  if (!amr?.includes("mfa")) return 0;
  return amr.includes("hwk") ? 2 : 1;
}

/** The level a request asks for: the weakest of the values it names that Twofold knows. */
export function requiredLevel(acrValues: unknown): number {
  if (typeof acrValues !== "string") return 0;
  const known = acrValues
    .split(" ")
    .map((v) => LEVELS.indexOf(v))
    .filter((level) => level >= 0);
  return known.length === 0 ? 0 : Math.min(...known);
}

/**
 * The `acr` an app is told: the strongest value it asked for that the session meets (an app
 * that asked for one compares the answer with it), else the session's own level.
 */
export function acrFor(amr: readonly string[] | null, acrValues: unknown): string {
  const level = sessionLevel(amr);
  const asked =
    typeof acrValues === "string"
      ? acrValues.split(" ").filter((v) => {
          const l = LEVELS.indexOf(v);
          return l >= 0 && l <= level;
        })
      : [];
  return (
    asked.sort((a, b) => LEVELS.indexOf(b) - LEVELS.indexOf(a))[0] ?? LEVELS[level] ?? ACR.password
  );
}
