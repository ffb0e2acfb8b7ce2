import { offlineCode } from "@twofold/device";
import { useEffect, useState } from "react";
import { unsealSeed, type StoredAccount } from "../shared/storage";
import { T } from "../texts";

/** The account's offline code (RFC 6238 from the sealed seed), with its countdown. */
export function OfflineCode(props: { account: StoredAccount; onClose: () => void }) {
  const [shown, setShown] = useState<{ code: string; secondsLeft: number } | null>(null);
  const { account } = props;

  useEffect(() => {
    let stopped = false;
    const tick = async (): Promise<void> => {
      const next = await offlineCode(await unsealSeed(account.sealedSeed));
      if (!stopped) setShown(next);
    };
    void tick();
    const timer = setInterval(() => void tick(), 1_000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [account]);

  return (
    <div className="offline" role="group" aria-labelledby={`offline-${account.deviceId}`}>
      <h3 id={`offline-${account.deviceId}`}>{T.offline.title}</h3>
      <p className="hint">{T.offline.help}</p>
      <p className="code" data-testid="offline-code" aria-live="polite">
        {shown ? shown.code : T.loading}
      </p>
      {shown && <p className="hint">{T.offline.valid(shown.secondsLeft)}</p>}
      <button type="button" onClick={props.onClose}>
        {T.offline.close}
      </button>
    </div>
  );
}
