/**
 * Whether an error means a part Twofold depends on is out of reach (the database restarting,
 * refusing or cut off), not that the request or the code is wrong: such a failure is answered
 * SERVICE_UNAVAILABLE (try again in a moment), never as an internal error. The driver's error
 * is usually the `cause` of the query builder's, so the whole chain is looked at.
 */
export function isServiceUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; depth += 1) {
    if (isConnectionError(e)) return true;
    e = e.cause;
  }
  return false;
}

// PostgreSQL's SQLSTATEs: 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now,
// 57014 query_canceled (our statement_timeout), 53300 too_many_connections, class 08 connection.
const UNAVAILABLE_SQLSTATES = new Set(["57P01", "57P02", "57P03", "57014", "53300"]);
const UNAVAILABLE_ERRNOS = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);
// node-postgres says these in words only (no code).
const UNAVAILABLE_MESSAGES = [
  "Connection terminated",
  "timeout exceeded when trying to connect",
  "Query read timeout",
  "Client has encountered a connection error and is not queryable",
];

function isConnectionError(error: Error): boolean {
  const code = "code" in error && typeof error.code === "string" ? error.code : "";
  if (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_ERRNOS.has(code)) return true;
  if (/^08[0-9A-Z]{3}$/.test(code)) return true;
  return UNAVAILABLE_MESSAGES.some((words) => error.message.startsWith(words));
}
