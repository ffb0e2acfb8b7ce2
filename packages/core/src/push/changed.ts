import type { Deps } from "../deps";

/**
 * Push requests changed (answered, cancelled, ended by a report): the calls waiting for them
 * in this process look again at once, and the other servers are told (the event bus), so a
 * browser waiting on another server learns it within moments. Call after the change is
 * committed: a waiting call re-reads the database, which must already say it.
 */
export function pushChanged(deps: Deps, requestIds: readonly string[]): void {
  for (const requestId of requestIds) {
    deps.pushWaiters.wake(requestId);
    deps.publish({ type: "push_request_changed", requestId });
  }
}
