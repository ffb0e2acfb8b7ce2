import { Text } from "ink";
import { useState } from "react";
import type { ReactNode } from "react";
import type { PushDecision, PushRequestView } from "@twofold/device/node";
import { Menu } from "../components/Menu";
import { Screen } from "../components/Screen";
import { TextInput } from "../components/TextInput";
import { dateTime } from "../lib/text";
import { describeUserAgent } from "./user-agent";

/** "Is this you signing in?": the context, then YES (with the number), NO, or NO and report. */
export function RequestPrompt({
  request,
  onAnswer,
}: {
  request: PushRequestView;
  onAnswer: (decision: PushDecision, number: number | null) => Promise<void>;
}): ReactNode {
  const [typing, setTyping] = useState(false);
  const [number, setNumber] = useState("");
  const submitNumber = (): void => {
    const n = Number.parseInt(number.trim(), 10);
    if (Number.isInteger(n)) void onAnswer("approve", n);
  };
  return (
    <Screen
      title="Is this you signing in?"
      keys={typing ? "type the number · Enter approve" : "↑↓/j/k move · Enter choose"}
    >
      <Text>Account: {request.account}</Text>
      <Text>Browser: {describeUserAgent(request.userAgent)}</Text>
      <Text>IP address: {request.ip || "unknown"}</Text>
      <Text>Time: {dateTime(request.createdAt)}</Text>
      {typing ? (
        <TextInput
          label="Number shown on the login page"
          value={number}
          onChange={setNumber}
          onSubmit={submitNumber}
          focus
        />
      ) : (
        <Menu
          items={[
            { value: "approve", label: "YES, it's me" },
            { value: "deny", label: "NO, it's not me" },
            { value: "report", label: "NO, and report it" },
          ]}
          onChoose={(v) => (v === "approve" ? setTyping(true) : void onAnswer(v, null))}
        />
      )}
    </Screen>
  );
}
