/** What the gateway tells the server that spawned it, over the IPC channel. */
export type ParentMessage =
  { type: "listening"; url: string } | { type: "port-in-use"; port: number };

const PARENT_CHECK_MS = 1_000;

/**
 * Spawned by a server (with an IPC channel): the gateway exits when that server dies, however
 * it dies. A kill -9 of the server closes the channel ("disconnect"); and Linux hands an orphan
 * to another parent, so a changed ppid ends it too. An orphan would keep its port and the
 * devices connected to a gateway no server delivers to. Run alone (no channel): nothing to watch.
 */
export function exitWithParent(): void {
  if (!process.channel) return;
  const parent = process.ppid;
  process.once("disconnect", () => process.exit(0));
  setInterval(() => {
    if (process.ppid !== parent) process.exit(0);
  }, PARENT_CHECK_MS).unref();
}

/** Tells the server that spawned this gateway (if one did); resolves once it is sent. */
export function tellParent(message: ParentMessage): Promise<boolean> {
  return new Promise((done) => {
    if (!process.send || !process.connected) return done(false);
    process.send(message, undefined, undefined, (error) => done(!error));
  });
}
