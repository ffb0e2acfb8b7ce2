import { useEffect, useRef, useState } from "react";
import type { ReactNode } from "react";
import { useTwofold } from "../lib/context";
import { SMSCode, type SentCode } from "./SMSCode";

/** One of the account's numbers, as the server shows it (masked). */
export interface Phone {
  phoneId: string;
  sentTo: string;
}

/**
 * "Text message" at sign-in: the code is sent as soon as the method is chosen (to `phoneId`,
 * else the number used last), Ctrl+R sends a new one. The numbers the code could go to are
 * reported with `onPhones`, the one used first, to offer the others.
 */
export function SMSSignIn({
  phoneId,
  run,
  focus,
  onPhones,
}: {
  phoneId: string | undefined;
  run: (action: () => Promise<void>) => void;
  focus: boolean;
  onPhones: (phones: Phone[]) => void;
}): ReactNode {
  const { api, store, resume } = useTwofold();
  const [sent, setSent] = useState<SentCode | null>(null);
  const [sending, setSending] = useState(false);
  const [code, setCode] = useState("");
  const started = useRef(false);

  const send = (again: boolean): void =>
    run(async () => {
      setSending(true);
      try {
        const s = await api.auth.sendSMSCode.mutate(phoneId ? { phoneId } : undefined);
        setSent({ sentTo: s.sentTo, expiresAt: s.expiresAt, again });
        onPhones([{ phoneId: s.phoneId, sentTo: s.sentTo }, ...s.others]);
      } finally {
        setSending(false);
      }
    });

  // Sent once per choice of method or number: every text message costs, and counts in limits.
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    send(false);
  });

  const verify = (): void =>
    run(async () => {
      try {
        const done = await api.auth.verifySMSCode.mutate({ code });
        if (done.token) store.set(done.token);
        await resume();
      } finally {
        setCode("");
      }
    });

  return (
    <SMSCode
      sent={sent}
      sending={sending}
      code={code}
      onChange={setCode}
      onSubmit={verify}
      onResend={() => send(sent !== null)}
      focus={focus}
    />
  );
}
