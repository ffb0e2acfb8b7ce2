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
      // Not "*.code": that is also an error's machine code, which the logs need.
      paths: [
        "req.headers.authorization",
        "req.headers.cookie",
        "*.password",
        "*.token",
        "*.secret",
      ],
      censor: "[redacted]",
    },
  });
}

export type { Logger };
