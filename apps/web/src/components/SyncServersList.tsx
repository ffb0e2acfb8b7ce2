import { useState } from "react";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import type { Scope } from "../lib/app-passwords";
import { buildProfile, MOBILECONFIG_TYPE } from "../lib/mobileconfig";
import { useSyncServers } from "../lib/queries";
import { onAppleDevice, serversFor, type SyncServer } from "../lib/sync-servers";
import { CopyButton } from "./CopyButton";

/**
 * "Where to use it": each server the password's scopes open (from the operator's settings),
 * with port, security and user name, and a profile for Apple devices built here in the browser
 * from the password (it never goes back to the server). Nothing when no server is configured.
 */
export function SyncServersList({
  name,
  password,
  scopes,
}: {
  name: string;
  password: string;
  scopes: readonly Scope[];
}): ReactNode {
  const { t } = useI18n();
  const s = t.sync;
  const query = useSyncServers();
  const [downloaded, setDownloaded] = useState(false);
  if (!query.data) return null;
  const { username } = query.data;
  const servers = serversFor(query.data.servers, scopes);
  if (servers.length === 0) return null;
  const profile = buildProfile({
    password,
    username,
    servers,
    displayName: s.profileName(name),
  });
  const download = (): void => {
    if (!profile) return;
    const url = URL.createObjectURL(new Blob([profile.xml], { type: MOBILECONFIG_TYPE }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "twofold.mobileconfig";
    link.click();
    // The file holds the password: the page keeps no link to it once handed over.
    setTimeout(() => URL.revokeObjectURL(url), 0);
    setDownloaded(true);
  };
  return (
    <section aria-labelledby="sync-title" data-testid="sync-servers">
      <h3 id="sync-title">{s.title}</h3>
      <p>{s.intro}</p>
      {servers.map((server) => (
        <ServerCard key={server.service} server={server} username={username} />
      ))}
      <p>{s.password}</p>
      {profile && (
        <>
          <h3>{s.profileTitle}</h3>
          <p className="hint">
            {onAppleDevice(navigator.userAgent) ? s.profileApple : s.profileOther}
          </p>
          <div className="actions">
            <button type="button" className="button" onClick={download}>
              {s.profileButton}
            </button>
          </div>
          <p role="status">{downloaded ? s.profileDownloaded : ""}</p>
        </>
      )}
    </section>
  );
}

function ServerCard({ server, username }: { server: SyncServer; username: string }): ReactNode {
  const { t } = useI18n();
  const s = t.sync;
  const service = s.services[server.service];
  const where = server.url ?? server.host;
  const whereLabel = server.url ? s.address : s.server;
  return (
    <div className="sync-server" data-service={server.service}>
      <h4>{service}</h4>
      <dl>
        <div>
          <dt>{whereLabel}</dt>
          <dd>
            <code>{where}</code>{" "}
            <CopyButton text={where} label={s.copy} name={s.copyWhat(whereLabel, service)} />
          </dd>
        </div>
        <div>
          <dt>{s.port}</dt>
          <dd>{server.port}</dd>
        </div>
        <div>
          <dt>{s.security}</dt>
          <dd>{s.securities[server.security]}</dd>
        </div>
        <div>
          <dt>{s.username}</dt>
          <dd>
            <code>{username}</code>{" "}
            <CopyButton text={username} label={s.copy} name={s.copyWhat(s.username, service)} />
          </dd>
        </div>
      </dl>
    </div>
  );
}
