import { Box, Text, useInput } from "ink";
import { useMemo, useState } from "react";
import type { ReactNode } from "react";
import type { TOTPEnrollment } from "@twofold/client";
import { QRCode } from "../components/QRCode";
import { Screen } from "../components/Screen";
import { TextInput } from "../components/TextInput";
import { useTwofold } from "../lib/context";
import { qrDimensions } from "../lib/qr";
import { TEXT } from "../lib/text";
import { useTerminalSize } from "../lib/use-size";
import { useAction } from "../lib/use-action";

/** Name it, scan the QR code drawn here (or type the key), confirm with the first code. */
export function AddTOTP(): ReactNode {
  const { api, go, stepUp, inputEnabled } = useTwofold();
  const [label, setLabel] = useState<string>(TEXT.addTOTP.defaultName);
  const [enrollment, setEnrollment] = useState<TOTPEnrollment | null>(null);
  const [code, setCode] = useState("");
  const { run, problem } = useAction();
  const terminal = useTerminalSize();
  const qrSize = useMemo(
    () => (enrollment ? qrDimensions(enrollment.otpauthUri) : { columns: 0, rows: 0 }),
    [enrollment],
  );
  // Title, key, code field and the keys line: 4 rows besides the code itself.
  const qrFits = terminal.columns >= qrSize.columns && terminal.rows >= qrSize.rows + 4;
  useInput((_input, key) => key.escape && go({ name: "settings" }), { isActive: inputEnabled });

  const begin = (): void =>
    run(async () => {
      const started = await stepUp(() => api.totp.beginEnrollment.mutate({ label: label.trim() }));
      if (started) setEnrollment(started);
    });
  const confirm = (): void =>
    run(async () => {
      if (!enrollment) return;
      try {
        const done = await stepUp(() =>
          api.totp.confirmEnrollment.mutate({ enrollmentId: enrollment.enrollmentId, code }),
        );
        if (!done) return;
        if (done.backupCodes) go({ name: "codes", codes: done.backupCodes });
        else go({ name: "settings", notice: `${label.trim()} was added.` });
      } finally {
        setCode("");
      }
    });

  return (
    <Screen
      title={TEXT.addTOTP.title}
      keys={TEXT.keys.input}
      problem={problem}
      compact={!!enrollment}
    >
      {!enrollment ? (
        <TextInput
          label={TEXT.addTOTP.name}
          value={label}
          onChange={setLabel}
          onSubmit={begin}
          focus
        />
      ) : (
        <Box flexDirection="column">
          {qrFits ? (
            <QRCode text={enrollment.otpauthUri} />
          ) : (
            <Text>{TEXT.addTOTP.tooSmall(qrSize.columns, qrSize.rows + 4)}</Text>
          )}
          <Text>
            {TEXT.addTOTP.key} <Text bold>{enrollment.secret}</Text>
          </Text>
          <TextInput
            label={TEXT.addTOTP.code}
            value={code}
            onChange={setCode}
            onSubmit={confirm}
            focus
          />
        </Box>
      )}
    </Screen>
  );
}
