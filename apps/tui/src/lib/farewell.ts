/**
 * Requests a screen sends as it goes (a push request cancelled, so the devices stop showing
 * it): the app waits for them before the process exits, else quitting would cut them off.
 */
const sending = new Set<Promise<void>>();

/** Keeps the process until `work` ends (or `finishFarewells`' limit passes); its errors are dropped. */
export function sendBeforeExit(work: Promise<unknown>): void {
  const settled: Promise<void> = work.then(
    () => undefined,
    () => undefined,
  );
  sending.add(settled);
  void settled.then(() => sending.delete(settled));
}

/** Waits for what screens sent as they went, at most `limitMs` (a server that does not answer). */
export async function finishFarewells(limitMs: number): Promise<void> {
  if (sending.size === 0) return;
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<void>((done) => (timer = setTimeout(done, limitMs)));
  await Promise.race([Promise.all(sending), limit]);
  clearTimeout(timer);
}
