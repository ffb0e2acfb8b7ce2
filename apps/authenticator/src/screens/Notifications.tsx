import { useEffect, useState } from "react";
import type { StoredAccount } from "../shared/storage";
import { T } from "../texts";
import { pushSupport, subscribeAll } from "../web-push";

/**
 * Asks for notification permission with a plain explanation, and says what the person loses
 * without it (requests then come only while the app is open: WebSocket and polling).
 */
export function Notifications(props: { accounts: readonly StoredAccount[] }) {
  const [support, setSupport] = useState(() => pushSupport(props.accounts));
  const [failed, setFailed] = useState(false);

  // Permission alone is not a subscription: with permission given, make sure this browser is
  // subscribed, and say so when its push service refuses (the app then works only while open).
  useEffect(() => {
    if (support !== "on") return;
    void navigator.serviceWorker.ready
      .then(async (registration) => {
        if (!(await registration.pushManager.getSubscription())) await subscribeAll(props.accounts);
      })
      .catch(() => setFailed(true));
  }, [support, props.accounts]);

  const allow = async (): Promise<void> => {
    const permission = await Notification.requestPermission();
    setSupport(pushSupport(props.accounts));
    if (permission !== "granted") return;
    await subscribeAll(props.accounts).catch(() => setFailed(true));
  };

  if (props.accounts.length === 0) return null;
  if (support === "unsupported") return <p className="notice">{T.notifications.unsupported}</p>;
  if (failed) return <p className="notice">{T.notifications.failed}</p>;
  if (support === "no-server-push") return <p className="notice">{T.notifications.noPush}</p>;
  if (support === "denied") return <p className="notice">{T.notifications.denied}</p>;
  if (support === "on") return <p className="hint">{T.notifications.on}</p>;
  return (
    <div className="notice" role="region" aria-labelledby="notifications-ask">
      <p>{T.notifications.explain}</p>
      <p className="hint">{T.notifications.without}</p>
      <button id="notifications-ask" type="button" onClick={() => void allow()}>
        {T.notifications.ask}
      </button>
    </div>
  );
}
