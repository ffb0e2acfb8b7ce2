import { hostname, platform } from "node:os";
import { dirname } from "node:path";
import { Box, Text, useInput } from "ink";
import { useMemo, useState } from "react";
import type { ReactNode } from "react";
import { enrollDevice, type DeviceIdentity } from "@twofold/device/node";
import { Screen } from "../components/Screen";
import { TextInput } from "../components/TextInput";
import { useTheme } from "../components/theme";
import { useTwofold } from "../lib/context";
import { createDeviceStore } from "../lib/device-store";
import { currentLocale } from "../lib/locale";
import { APPROVER_TEXT } from "../lib/text-approver";
import { useAction } from "../lib/use-action";

/** The command that answers sign-ins on this terminal (a program's name: not translated). */
export function approveCommand(server: string): string {
  return `twofold approve --server ${server}`;
}

/**
 * "Use this terminal as an authenticator device": with the signed-in session (behind the
 * step-up), a code is asked of the server and this terminal enrolls with it at once; its key is
 * made here and stored where `twofold approve` finds it (device.json beside the session).
 */
export function EnrollDevice(): ReactNode {
  const { api, server, store, go, stepUp, inputEnabled } = useTwofold();
  const T = APPROVER_TEXT[currentLocale()].enrollTerminal;
  const theme = useTheme();
  const devices = useMemo(() => createDeviceStore(dirname(store.file), server), [store, server]);
  const [existing] = useState<DeviceIdentity | null>(devices.get);
  const [name, setName] = useState(() =>
    APPROVER_TEXT[currentLocale()].enroll.defaultName(hostname()),
  );
  const [enrolled, setEnrolled] = useState<{ account: string; codes?: string[] } | null>(null);
  const { run, problem } = useAction();
  const finished = enrolled ?? (existing && { account: existing.account });

  useInput(
    (_input, key) => {
      if (key.escape) go({ name: "settings" });
      else if (key.return && finished) {
        if (enrolled?.codes) go({ name: "codes", codes: enrolled.codes });
        else go({ name: "settings", ...(enrolled && { notice: T.done(enrolled.account) }) });
      }
    },
    { isActive: inputEnabled },
  );

  const enroll = (): void =>
    run(async () => {
      const label = name.trim() || APPROVER_TEXT[currentLocale()].enroll.defaultName(hostname());
      const started = await stepUp(() => api.push.beginDeviceEnrollment.mutate({ label }));
      if (!started) return;
      const identity = await enrollDevice(api, server, {
        enrollmentCode: started.enrollmentCode,
        name: label,
        platform: platform(),
      });
      devices.set(identity);
      // The account's first method turns two-step on: its backup codes come once, here.
      const status = await api.push.enrollmentStatus.mutate({
        enrollmentId: started.enrollmentId,
      });
      setEnrolled({
        account: identity.account,
        ...(status.backupCodes && { codes: status.backupCodes }),
      });
    });

  return (
    <Screen title={T.title} keys={finished ? T.keysDone : T.keysName} problem={problem}>
      {finished ? (
        <Box flexDirection="column">
          <Text color={theme.ok}>
            {enrolled ? T.done(finished.account) : T.already(finished.account)}
          </Text>
          <Text>{T.run}</Text>
          <Text bold>{`  ${approveCommand(server)}`}</Text>
          {enrolled?.codes && <Text color={theme.warn}>{T.codesNext}</Text>}
        </Box>
      ) : (
        <Box flexDirection="column">
          <Text>{T.intro}</Text>
          <TextInput label={T.name} value={name} onChange={setName} onSubmit={enroll} focus />
        </Box>
      )}
    </Screen>
  );
}
