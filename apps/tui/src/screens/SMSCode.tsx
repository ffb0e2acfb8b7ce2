import { Text, useInput } from "ink";
import type { ReactNode } from "react";
import { TextInput } from "../components/TextInput";
import { useTwofold } from "../lib/context";
import { clockTime, TEXT } from "../lib/text";

/** A code sent by SMS: where to (masked), until when, and whether it replaced another. */
export interface SentCode {
  sentTo: string;
  expiresAt: string;
  again: boolean;
}

function sentLine(sent: SentCode): string {
  const where = sent.again ? TEXT.sms.resentTo(sent.sentTo) : TEXT.sms.sentTo(sent.sentTo);
  return `${where} ${TEXT.sms.expires(clockTime(sent.expiresAt))}`;
}

/**
 * "Code sent to +41 79 *** ** 67": the code field, and Ctrl+R for a new code (letters go to the
 * field, so the key for a new code is a control key).
 */
export function SMSCode({
  sent,
  sending,
  code,
  onChange,
  onSubmit,
  onResend,
  focus,
}: {
  sent: SentCode | null;
  sending: boolean;
  code: string;
  onChange: (code: string) => void;
  onSubmit: () => void;
  onResend: () => void;
  focus: boolean;
}): ReactNode {
  const { inputEnabled } = useTwofold();
  useInput((input, key) => key.ctrl && input === "r" && onResend(), {
    isActive: focus && inputEnabled,
  });
  return (
    <>
      {sending ? <Text>{TEXT.sms.sending}</Text> : sent && <Text>{sentLine(sent)}</Text>}
      <TextInput
        label={TEXT.sms.code}
        value={code}
        onChange={onChange}
        onSubmit={onSubmit}
        focus={focus}
      />
    </>
  );
}
