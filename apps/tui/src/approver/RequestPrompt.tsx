import { Text, useInput } from "ink";
import { useState } from "react";
import type { ReactNode } from "react";
import type { ApiClient } from "@twofold/client";
import type { DeviceIdentity, PushRequestView } from "@twofold/device/node";
import { Menu } from "../components/Menu";
import { Screen } from "../components/Screen";
import { TextInput } from "../components/TextInput";
import { useTheme } from "../components/theme";
import { currentLocale } from "../lib/locale";
import { APPROVER_TEXT, clockTimeIn } from "../lib/text-approver";
import type { Outcome } from "./ending";
import { useRequest } from "./use-request";
import { describeUserAgent } from "./user-agent";

/**
 * "Is this you signing in?": the context and the seconds left, then YES (with the number), NO,
 * or NO and report. Esc goes back from the number to the choice; q quits without answering (the
 * request stays open for another device). Once chosen, the answer is sent until the server has
 * it ("sending…"), and nothing else can be chosen.
 */
export function RequestPrompt({
  api,
  identity,
  request,
  onEnd,
  onQuit,
}: {
  api: ApiClient;
  identity: DeviceIdentity;
  request: PushRequestView;
  onEnd: (outcome: Outcome) => void;
  onQuit: () => void;
}): ReactNode {
  const locale = currentLocale();
  const T = APPROVER_TEXT[locale].request;
  const theme = useTheme();
  const { secondsLeft, phase, answer } = useRequest({ api, identity, request, onEnd });
  const [typing, setTyping] = useState(false);
  const [number, setNumber] = useState("");
  const open = phase === "open";

  useInput(
    (input, key) => {
      if (input === "q") onQuit();
      else if (key.escape && typing) {
        setTyping(false);
        setNumber("");
      }
    },
    { isActive: open },
  );

  const submitNumber = (): void => {
    const n = Number.parseInt(number, 10);
    if (Number.isInteger(n)) answer("approve", n);
  };

  return (
    <Screen title={T.title} keys={!open ? T.keysSending : typing ? T.keysNumber : T.keysAsk}>
      <Text>
        {T.account} {request.account}
      </Text>
      <Text>
        {T.browser} {describeUserAgent(request.userAgent)}
      </Text>
      <Text>
        {T.ip} {request.ip || T.unknown}
      </Text>
      {/* Signed by the server with the rest (push request v2): never a place it did not say. */}
      {request.place && <Text>{T.place(request.place)}</Text>}
      <Text>
        {T.time} {clockTimeIn(locale, request.createdAt)}
      </Text>
      <Text bold={secondsLeft <= 10} color={secondsLeft <= 10 ? theme.warn : undefined}>
        {T.expiresIn(secondsLeft)}
      </Text>
      <Text> </Text>
      {!open ? (
        <Text color={phase === "retrying" ? theme.warn : theme.accent}>
          {phase === "retrying" ? T.retrying : T.sending}
        </Text>
      ) : typing ? (
        <TextInput
          label={T.number}
          value={number}
          // The number is two digits: anything else typed (q, a stray letter) is not kept.
          onChange={(v) => setNumber(v.replace(/\D/g, "").slice(0, 2))}
          onSubmit={submitNumber}
          focus
        />
      ) : (
        <Menu
          items={[
            { value: "approve", label: T.yes },
            { value: "deny", label: T.no },
            { value: "report", label: T.report },
          ]}
          onChoose={(v) => (v === "approve" ? setTyping(true) : answer(v, null))}
        />
      )}
    </Screen>
  );
}
