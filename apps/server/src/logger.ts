import pino, { type Logger } from "pino";

/**
 * Structured logs. Requests are logged by path and status only: inputs (codes, passwords) and
 * headers that carry tokens are never passed to the logger; the redaction is a second fence.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: "twofold-server" },
    redact: {
      paths: ["req.headers.authorization", "req.headers.cookie", "*.password", "*.code", "*.token", "*.secret"],
      censor: "[redacted]",
    },
  });
}

export type { Logger };
