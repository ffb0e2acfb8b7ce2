import { Box, Text, useInput } from "ink";
import { useEffect, useMemo, useState } from "react";
import type { ReactNode } from "react";
import { problemOf, type Outputs } from "@twofold/client";
import { QRCode } from "../components/QRCode";
import { Screen } from "../components/Screen";
import { TextInput } from "../components/TextInput";
import { useTwofold } from "../lib/context";
import { currentLocale } from "../lib/locale";
import { qrDimensions } from "../lib/qr";
import { APPROVER_TEXT, clockTimeIn } from "../lib/text-approver";
import { useAction } from "../lib/use-action";
import { useTerminalSize } from "../lib/use-size";

type Enrollment = Outputs["push"]["beginDeviceEnrollment"];

/** How often the screen asks whether the device has enrolled. */
const STATUS_MS = 1_500;
/** Room the words beside the QR code need. */
const TEXT_COLUMNS = 32;

/** What the phone's camera opens: the authenticator with the code in the fragment (never sent). */
export function enrollmentAddress(server: string, code: string): string {
  return `${server.replace(/\/+$/, "")}/authenticator/#enroll=${encodeURIComponent(code)}`;
}

/**
 * "Add an authenticator device" (a phone, another terminal): name it, then the enrollment code
 * and a QR code of `<server>/authenticator/#enroll=<code>` for the phone's camera, with its
 * expiry, while the screen asks the server whether the device has enrolled.
 */
export function AddDevice(): ReactNode {
  const { api, server, go, stepUp, inputEnabled } = useTwofold();
  const locale = currentLocale();
  const T = APPROVER_TEXT[locale].addDevice;
  const [label, setLabel] = useState(T.defaultName);
  const [enrollment, setEnrollment] = useState<Enrollment | null>(null);
  const [expired, setExpired] = useState(false);
  const { run, problem, setProblem } = useAction();
  const terminal = useTerminalSize();
  const address = enrollment ? enrollmentAddress(server, enrollment.enrollmentCode) : "";
  const qrSize = useMemo(
    () => (address ? qrDimensions(address) : { columns: 0, rows: 0 }),
    [address],
  );
  // The words beside the QR code when there is room (title, keys and a free last row: 3 rows
  // more), else under it (their 7 rows more), else only the words and the code.
  const beside =
    terminal.columns >= qrSize.columns + TEXT_COLUMNS && terminal.rows >= qrSize.rows + 3;
  const under = terminal.columns >= qrSize.columns && terminal.rows >= qrSize.rows + 10;
  const name = label.trim() || T.defaultName;

  const begin = (): void =>
    run(async () => {
      const started = await stepUp(() => api.push.beginDeviceEnrollment.mutate({ label: name }));
      if (!started) return;
      setExpired(false);
      setEnrollment(started);
    });

  useInput(
    (_input, key) => {
      if (key.escape) go({ name: "settings" });
      else if (key.return && expired) begin();
    },
    { isActive: inputEnabled },
  );

  useEffect(() => {
    if (!enrollment || expired) return;
    let live = true;
    const ask = (): void => {
      api.push.enrollmentStatus.mutate({ enrollmentId: enrollment.enrollmentId }).then(
        (answer) => {
          if (!live) return;
          setProblem(null);
          if (answer.status === "expired") setExpired(true);
          else if (answer.status === "done") {
            if (answer.backupCodes) go({ name: "codes", codes: answer.backupCodes });
            else
              go({
                name: "settings",
                notice: APPROVER_TEXT[currentLocale()].addDevice.added(name),
              });
          }
        },
        (error: unknown) => live && setProblem(problemOf(error)),
      );
    };
    const timer = setInterval(ask, STATUS_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [api, enrollment, expired, go, name, setProblem]);

  if (!enrollment) {
    return (
      <Screen title={T.title} keys={T.keysName} problem={problem}>
        <TextInput label={T.name} value={label} onChange={setLabel} onSubmit={begin} focus />
      </Screen>
    );
  }
  return (
    <Screen title={T.title} keys={expired ? T.keysExpired : T.keysCode} problem={problem} compact>
      {expired ? (
        <Text>{T.expired}</Text>
      ) : (
        <Box flexDirection={beside ? "row" : "column"}>
          {beside || under ? (
            // Never squeezed: a wrapped line would break the code.
            <Box flexShrink={0}>
              <QRCode text={address} />
            </Box>
          ) : (
            <Text>{T.tooSmall(qrSize.columns + TEXT_COLUMNS, qrSize.rows + 3)}</Text>
          )}
          <Box
            flexDirection="column"
            marginLeft={beside ? 2 : 0}
            width={beside ? terminal.columns - qrSize.columns - 2 : undefined}
          >
            <Text>{T.scan}</Text>
            <Text>{T.orType(`${server.replace(/\/+$/, "")}/authenticator/`)}</Text>
            <Text bold>{enrollment.enrollmentCode}</Text>
            <Text>{T.terminal}</Text>
            <Text>{T.expires(clockTimeIn(locale, enrollment.expiresAt))}</Text>
            <Text dimColor>{T.waiting}</Text>
          </Box>
        </Box>
      )}
    </Screen>
  );
}
