import { Box, Text, useApp, useInput } from "ink";
import { useEffect, useState } from "react";
import type { ReactNode } from "react";
import { problemOf, type ApiClient, type Problem } from "@twofold/client";
import {
  cancelRecovery,
  recoveryStatus,
  type DeviceIdentity,
  type DeviceRecoveryStatus,
} from "@twofold/device/node";
import { Screen } from "../components/Screen";
import { useTheme } from "../components/theme";
import { currentLocale } from "../lib/locale";
import { APPROVER_TEXT, dateTimeIn } from "../lib/text-approver";
import { outcomeText, type Outcome } from "./ending";
import { OfflineCode } from "./OfflineCode";
import { RequestPrompt } from "./RequestPrompt";
import { useNotice } from "./use-notice";
import { useRequests } from "./use-requests";

/** The last thing that happened: how a request ended, or the recovery cancelled. */
type Notice = Outcome | { recoveryCancelled: true };

/**
 * Waiting for sign-in requests; the oldest waiting one is asked. How it ended is said for a few
 * seconds (or until the next request), then the screen waits again.
 */
export function Waiting({
  api,
  identity,
  pollMs,
  noticeMs,
  onForget,
}: {
  api: ApiClient;
  identity: DeviceIdentity;
  pollMs: number;
  noticeMs?: number;
  onForget: () => void;
}): ReactNode {
  const locale = currentLocale();
  const T = APPROVER_TEXT[locale].waiting;
  const theme = useTheme();
  const { exit } = useApp();
  const {
    requests,
    link,
    problem: linkProblem,
    done,
  } = useRequests({
    api,
    identity,
    pollMs,
    onForgotten: onForget,
  });
  const { notice, show, clear } = useNotice<Notice>(noticeMs);
  const [problem, setProblem] = useState<Problem | null>(null);
  const current = requests[0];

  // A new request replaces the last notice: it is about the one before.
  useEffect(() => {
    if (current) clear();
  }, [current?.requestId, clear]);

  // A pending recovery of the account: shown, and cancelled with "c" (signed by this device).
  const [recovery, setRecovery] = useState<DeviceRecoveryStatus>({ pending: false });
  useEffect(() => {
    const look = (): void => {
      recoveryStatus(api, identity).then(setRecovery, () => undefined);
    };
    look();
    const timer = setInterval(look, pollMs * 8);
    return () => clearInterval(timer);
  }, [api, identity, pollMs]);
  const cancel = (): void => {
    cancelRecovery(api, identity).then(
      () => {
        setRecovery({ pending: false });
        show({ recoveryCancelled: true });
      },
      (error: unknown) => setProblem(problemOf(error)),
    );
  };

  const [showCode, setShowCode] = useState(false);
  useInput(
    (input) => {
      if (input === "q") exit();
      else if (input === "o") setShowCode((s) => !s);
      else if (input === "c" && recovery.pending) cancel();
    },
    { isActive: !current },
  );

  if (current) {
    return (
      <RequestPrompt
        // A new request is a new prompt: its own countdown, choice and answer.
        key={current.requestId}
        api={api}
        identity={identity}
        request={current}
        onQuit={exit}
        onEnd={(outcome) => {
          done(current.requestId);
          show(outcome);
        }}
      />
    );
  }
  // A refusal the server explained is shown as a problem (in red), cleared like a notice.
  const noticeProblem = notice && "problem" in notice ? notice.problem : null;
  const noticeText =
    notice === null || "problem" in notice
      ? null
      : "recoveryCancelled" in notice
        ? T.recoveryCancelled
        : outcomeText(locale, notice);
  return (
    <Screen
      title={T.title}
      keys={T.keys(recovery.pending, showCode)}
      problem={noticeProblem ?? problem ?? linkProblem}
      notice={noticeText}
    >
      <Box flexDirection="column">
        {recovery.pending && (
          <Text color={theme.error} bold>
            {T.recovery(identity.account, dateTimeIn(locale, recovery.endsAt))}
          </Text>
        )}
        <Text>{T.waitingFor(identity.account)}</Text>
        <Text>{T.server(identity.server)}</Text>
        <Text>
          {link === "connected" ? T.connected : link === "none" ? T.noGateway : T.connecting}
        </Text>
        {showCode && <OfflineCode secret={identity.offlineSecret} />}
      </Box>
    </Screen>
  );
}
