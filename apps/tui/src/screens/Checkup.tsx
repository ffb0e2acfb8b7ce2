import { Box, Text, useApp, useInput } from "ink";
import type { ReactNode } from "react";
import { Screen } from "../components/Screen";
import { useTheme } from "../components/theme";
import { useTwofold } from "../lib/context";
import { day, TEXT } from "../lib/text";
import { CHECKUP_TEXT as C, type CheckupFinding } from "../lib/text-checkup";
import { useLoad } from "../lib/use-load";

/**
 * Like the web page: what protects the account now, then each recommendation with what to do
 * in these settings (the terminal lists them; the settings menu has the actions).
 */
export function Checkup(): ReactNode {
  const { api, go, inputEnabled } = useTwofold();
  const theme = useTheme();
  const { exit } = useApp();
  const checkup = useLoad(() => api.checkup.status.query());
  useInput(
    (input, key) => {
      if (key.escape) go({ name: "settings" });
      else if (input === "q") exit();
    },
    { isActive: inputEnabled },
  );
  const data = checkup.data;
  const p = data?.protections;
  return (
    <Screen title={C.title} keys={C.keys} problem={checkup.problem}>
      {data && p ? (
        <Box flexDirection="column">
          <Text bold>{C.protections}</Text>
          <Text color={p.twoStepOn ? theme.ok : theme.error}>
            {C.twoStep(p.twoStepOn, p.twoStepSince ? day(p.twoStepSince) : null)}
          </Text>
          <Text>
            {C.methods(p.methods.map((m) => `${TEXT.methods[m.kind]} (${m.count})`).join(", "))}
          </Text>
          {p.twoStepOn && <Text>{C.backupCodes(p.backupCodesRemaining)}</Text>}
          <Text>{C.recovery(p.recoveryAddress, p.recoveryPhone)}</Text>
          <Box marginTop={1} flexDirection="column">
            {data.findings.length === 0 ? (
              <Text color={theme.ok}>{C.nothing}</Text>
            ) : (
              <>
                <Text bold>{C.todo}</Text>
                {data.findings.map((f, i) => (
                  <Box key={`${f.kind}-${i}`} flexDirection="column">
                    <Text color={theme.warn}>• {findingText(f)}</Text>
                    <Text dimColor={theme.dim}> {C.finding[`${f.kind}Todo`]}</Text>
                  </Box>
                ))}
              </>
            )}
          </Box>
        </Box>
      ) : (
        <Text>…</Text>
      )}
    </Screen>
  );
}

function findingText(f: CheckupFinding): string {
  const F = C.finding;
  const device = (d: { browser: string | null; os: string | null }): string =>
    TEXT.sessions.on(d.browser, d.os);
  switch (f.kind) {
    case "few_backup_codes":
      return F.few_backup_codes(f.remaining);
    case "unused_method":
      return F.unused_method(`${TEXT.methods[f.factorKind]} “${f.label}”`, day(f.since), f.used);
    case "unusual_session":
      return F.unusual_session(device(f), f.place);
    case "unusual_trusted_browser":
      return F.unusual_trusted_browser(device(f), f.place);
    default:
      return F[f.kind];
  }
}
