import { enrollDevice, generateNonExtractableKey, cryptoKeySigner } from "@twofold/device";
import { describeUserAgent } from "@twofold/push-protocol";
import { lazy, Suspense, useState, type FormEvent } from "react";
import { api, reason } from "../api";
import { normalizeCode } from "../shared/routing";
import { putAccount, sealSeed, type StoredAccount } from "../shared/storage";
import { T, sentenceFor } from "../texts";

const Scanner = lazy(() => import("./Scanner"));

/** "Chrome on Android": what the phone's browser and system say of themselves. */
export function defaultName(userAgent: string): string {
  const { browser, os } = describeUserAgent(userAgent);
  return browser && os ? T.request.on(browser, os) : (browser ?? os ?? "Phone");
}

/**
 * "Add this phone": one tap enrolls with the code from the QR's address (or typed, or scanned
 * here). The key pair is made now, non-extractable; the server gets its public half only.
 */
export function Enroll(props: {
  code: string;
  onEnrolled: (account: StoredAccount) => void;
  onCancel: (() => void) | null;
}) {
  const [code, setCode] = useState(props.code);
  const [name, setName] = useState(() => defaultName(navigator.userAgent));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [scanning, setScanning] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const enrollmentCode = normalizeCode(code);
    if (!enrollmentCode) return setProblem(T.reasons.INVALID_CODE);
    if (!window.isSecureContext) return setProblem(T.reasons.INSECURE);
    setBusy(true);
    setProblem(null);
    try {
      const key = await generateNonExtractableKey();
      const signer = cryptoKeySigner(key.privateKey, key.publicKey);
      const { os } = describeUserAgent(navigator.userAgent);
      const enrolled = await enrollDevice(api, location.origin, {
        enrollmentCode,
        name: name.trim() || defaultName(navigator.userAgent),
        platform: os ?? "web",
        signer,
      });
      const account: StoredAccount = {
        deviceId: enrolled.deviceId,
        server: enrolled.server,
        account: enrolled.account,
        name: name.trim(),
        serverPublicKey: enrolled.serverPublicKey,
        gatewayUrl: enrolled.gatewayUrl,
        gatewayTicket: enrolled.gatewayTicket,
        vapidPublicKey: enrolled.vapidPublicKey,
        publicKey: key.publicKey,
        privateKey: key.privateKey,
        sealedSeed: await sealSeed(enrolled.offlineSecret),
        enrolledAt: new Date().toISOString(),
      };
      await putAccount(account);
      props.onEnrolled(account);
    } catch (error) {
      setProblem(sentenceFor(reason(error)));
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="enroll-title">
      <h1 id="enroll-title">{T.enroll.title}</h1>
      <p>{T.enroll.intro}</p>
      <form onSubmit={(e) => void submit(e)}>
        <label htmlFor="enroll-code">{T.enroll.code}</label>
        <input
          id="enroll-code"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          aria-describedby="enroll-code-hint"
          value={code}
          onInput={(e) => setCode((e.target as HTMLInputElement).value)}
        />
        <p id="enroll-code-hint" className="hint">
          {T.enroll.codeHint}
        </p>
        <label htmlFor="enroll-name">{T.enroll.name}</label>
        <input
          id="enroll-name"
          maxLength={64}
          value={name}
          onInput={(e) => setName((e.target as HTMLInputElement).value)}
        />
        {problem && (
          <p role="alert" className="problem">
            {problem}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? T.enroll.adding : T.enroll.submit}
          </button>
          <button type="button" onClick={() => setScanning(true)} disabled={busy}>
            {T.enroll.scan}
          </button>
          {props.onCancel && (
            <button type="button" onClick={props.onCancel} disabled={busy}>
              {T.accounts.cancel}
            </button>
          )}
        </div>
      </form>
      {scanning && (
        <Suspense fallback={<p role="status">{T.loading}</p>}>
          <Scanner
            onCode={(scanned) => {
              setScanning(false);
              setCode(scanned);
            }}
            onClose={() => setScanning(false)}
          />
        </Suspense>
      )}
    </section>
  );
}
