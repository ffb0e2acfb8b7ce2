/** The exit statuses of `twofold` (documented in the usage text and the README). */
export const EXIT = {
  OK: 0,
  /** `twofold status`: no session, or the server refused it. */
  NOT_SIGNED_IN: 1,
  /** A wrong command line, or a screen without a terminal on standard input. */
  USAGE: 2,
  /** `twofold status`: the server cannot be reached (sysexits EX_UNAVAILABLE). */
  UNAVAILABLE: 69,
  /** Something that should never happen (a bug): sysexits EX_SOFTWARE. */
  SOFTWARE: 70,
  /** Ctrl+C: 128 + SIGINT, as a shell reports a program it interrupted. */
  INTERRUPTED: 130,
  /** The terminal window closed: 128 + SIGHUP. */
  HANGUP: 129,
  /** `kill`: 128 + SIGTERM. */
  TERMINATED: 143,
} as const;
