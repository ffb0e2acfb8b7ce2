/**
 * Constraint violations a statement may meet when another request changed the same rows in the
 * same moment (PostgreSQL's SQLSTATEs, also PGlite's). The driver's error is usually the
 * `cause` of the query builder's, so the whole chain is looked at.
 */
const SQLSTATES = {
  /** A unique index refused a second row (two registrations of one authenticator). */
  unique: "23505",
  /** The row referred to is gone (a session signed out while a request was being stored). */
  foreignKey: "23503",
} as const;

export function isViolation(error: unknown, kind: keyof typeof SQLSTATES): boolean {
  for (let e: unknown = error, depth = 0; typeof e === "object" && e !== null; depth += 1) {
    if (depth >= 5) break;
    if ("code" in e && e.code === SQLSTATES[kind]) return true;
    e = "cause" in e ? e.cause : undefined;
  }
  return false;
}
