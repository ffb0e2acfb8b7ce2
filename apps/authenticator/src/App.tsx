import { useCallback, useEffect, useMemo, useState } from "react";
import { Accounts } from "./screens/Accounts";
import { Enroll } from "./screens/Enroll";
import { InstallOffer } from "./screens/InstallOffer";
import { Notifications } from "./screens/Notifications";
import { RequestScreen } from "./screens/RequestScreen";
import { parseRoute, routeHash, type Route } from "./shared/routing";
import { listAccounts, type StoredAccount } from "./shared/storage";
import { T } from "./texts";
import { useRequests } from "./use-requests";
import { subscribeAll } from "./web-push";

function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = (): void => setRoute(parseRoute(location.hash));
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  const go = useCallback((next: Route) => {
    const hash = routeHash(next);
    history.replaceState(null, "", hash || location.pathname);
    setRoute(next);
  }, []);
  return [route, go];
}

export function App() {
  const [accounts, setAccounts] = useState<StoredAccount[] | null>(null);
  const [route, go] = useRoute();
  const [notice, setNotice] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const reload = useCallback(() => void listAccounts().then(setAccounts), []);
  useEffect(reload, [reload]);
  const known = useMemo(() => accounts ?? [], [accounts]);
  const { requests, live, done } = useRequests(known);

  // A notification tap opens #request=<id>&device=<id>: that one first, if it is still waiting.
  const wanted = route.name === "request" ? route.requestId : null;
  const current = requests.find((r) => r.request.requestId === wanted) ?? requests[0] ?? null;

  // The QR's address shows "Add this phone" at once, before the stored accounts are read.
  if (accounts === null && route.name !== "enroll") return <p role="status">{T.loading}</p>;

  if (accounts === null || route.name === "enroll" || adding || accounts.length === 0) {
    const hasAccounts = (accounts ?? []).length > 0;
    return (
      <main>
        {notice && (
          <p role="status" className="notice">
            {notice}
          </p>
        )}
        <Enroll
          code={route.name === "enroll" ? route.code : ""}
          onCancel={
            hasAccounts
              ? () => {
                  setAdding(false);
                  go({ name: "home" });
                }
              : null
          }
          onEnrolled={(account) => {
            setAdding(false);
            setNotice(T.enroll.done(account.account));
            go({ name: "home" });
            reload();
            if (Notification.permission === "granted")
              void subscribeAll([account]).catch(() => undefined);
          }}
        />
      </main>
    );
  }

  if (current) {
    return (
      <main>
        <RequestScreen
          key={current.request.requestId}
          incoming={current}
          onEnd={(sentence) => {
            done(current.request.requestId);
            if (sentence) setNotice(sentence);
            if (route.name === "request") go({ name: "home" });
          }}
        />
        {requests.length > 1 && <p className="hint">{T.request.more(requests.length - 1)}</p>}
      </main>
    );
  }

  return (
    <main>
      <h1>{T.accounts.title}</h1>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      <p className="hint" role="status">
        {T.accounts.waiting} {live ? T.connection.live : T.connection.polling}
      </p>
      <Accounts
        accounts={accounts}
        onRemoved={(account) => {
          setNotice(T.accounts.removed(account.account));
          reload();
        }}
      />
      <Notifications accounts={accounts} />
      <InstallOffer />
      <button type="button" onClick={() => setAdding(true)}>
        {T.accounts.add}
      </button>
    </main>
  );
}
