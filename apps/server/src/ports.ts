/** Whether a listen failed because another process holds the port. */
export function isAddressInUse(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "EADDRINUSE";
}

/** The one line a person reads when a port is taken: which port, whose, and what to change. */
export function portInUse(
  port: number,
  whose: "the server's" | "the push gateway's",
  variable: "PORT" | "TWOFOLD_GATEWAY_PORT",
): string {
  return `Port ${port} is in use (${whose}): set ${variable} to a free port or stop what holds it.`;
}
