import { hostname, platform } from "node:os";
import { Box, Text, useApp, useInput } from "ink";
import { useCallback, useEffect, useState } from "react";
import type { ReactNode } from "react";
import { problemOf, type ApiClient, type Problem } from "@twofold/client";
import {
  answerRequest,
  cancelRecovery,
  connectGateway,
  recoveryStatus,
  type DeviceRecoveryStatus,
  enrollDevice,
  type GatewayState,
  pendingRequests,
  type DeviceIdentity,
  type PushRequestView,
} from "@twofold/device/node";
import { Form } from "../components/Form";
import { Screen } from "../components/Screen";
import type { DeviceStore } from "../lib/device-store";
import { AppContext, type AppContextValue } from "../lib/context";
import { OfflineCode } from "./OfflineCode";
import { RequestPrompt } from "./RequestPrompt";

const POLL_MS = 2_000;

/**
 * `twofold approve`: this terminal is an authenticator device. It enrolls once with the code
 * from the web settings, then waits for sign-in requests and asks "Is this you?".
 */
export function Approver({
  api,
  server,
  store,
  pollMs = POLL_MS,
}: {
  api: ApiClient;
  server: string;
  store: DeviceStore;
  pollMs?: number;
}): ReactNode {
  const [identity, setIdentity] = useState<DeviceIdentity | null>(store.get);
  // Approver screens read keys through the same context as the settings screens.
  const context = { inputEnabled: true } as AppContextValue;
  return (
    <AppContext.Provider value={context}>
      {identity ? (
        <Waiting
          api={api}
          identity={identity}
          pollMs={pollMs}
          onForget={() => (store.set(null), setIdentity(null))}
        />
      ) : (
        <Enroll
          api={api}
          server={server}
          onEnrolled={(id) => {
            store.set(id);
            setIdentity(id);
          }}
        />
      )}
    </AppContext.Provider>
  );
}

function Enroll({
  api,
  server,
  onEnrolled,
}: {
  api: ApiClient;
  server: string;
  onEnrolled: (identity: DeviceIdentity) => void;
}): ReactNode {
  const { exit } = useApp();
  const [code, setCode] = useState("");
  const [name, setName] = useState(`Terminal on ${hostname()}`);
  const [problem, setProblem] = useState<Problem | null>(null);
  const submit = (): void => {
    setProblem(null);
    enrollDevice(api, server, {
      enrollmentCode: code.trim(),
      name: name.trim(),
      platform: platform(),
    }).then(onEnrolled, (error: unknown) => setProblem(problemOf(error)));
  };
  return (
    <Screen
      title="Make this terminal an authenticator device"
      keys="Tab next · Enter enroll · Esc quit"
      problem={problem}
    >
      <Text>In the web settings: Two-step verification › Add a method › Authenticator device.</Text>
      <Text>Type the enrollment code it shows (valid 10 minutes).</Text>
      <Form
        fields={[
          { label: "Enrollment code", value: code, onChange: setCode },
          { label: "Name of this device", value: name, onChange: setName },
        ]}
        onSubmit={submit}
        onBack={exit}
      />
    </Screen>
  );
}

function Waiting({
  api,
  identity,
  pollMs,
  onForget,
}: {
  api: ApiClient;
  identity: DeviceIdentity;
  pollMs: number;
  onForget: () => void;
}): ReactNode {
  const { exit } = useApp();
  const [requests, setRequests] = useState<PushRequestView[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [last, setLast] = useState<string | null>(null);
  const [answered, setAnswered] = useState<ReadonlySet<string>>(new Set());

  const poll = useCallback(() => {
    pendingRequests(api, identity).then(
      (found) => {
        setProblem(null);
        setRequests(found);
      },
      (error: unknown) => {
        const p = problemOf(error);
        setProblem(p);
        if (p.reason === "DEVICE_NOT_FOUND") onForget();
      },
    );
  }, [api, identity, onForget]);

  const [link, setLink] = useState<GatewayState | "none">(
    identity.gatewayUrl ? "connecting" : "none",
  );
  // Pushes arrive through the gateway at once; asking the server covers what was missed while
  // away (on every connect) and a gateway that cannot be reached (slower, as a fallback).
  useEffect(() => {
    const connection = identity.gatewayUrl
      ? connectGateway(identity, {
          onRequest: (request) =>
            setRequests((known) =>
              known.some((r) => r.requestId === request.requestId) ? known : [...known, request],
            ),
          onState: (state) => {
            setLink(state);
            if (state === "connected") poll();
          },
        })
      : null;
    poll();
    const timer = setInterval(poll, identity.gatewayUrl ? pollMs * 8 : pollMs);
    return () => {
      clearInterval(timer);
      connection?.close();
    };
  }, [identity, poll, pollMs]);

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
        setLast("The recovery was cancelled. It cannot be resumed.");
      },
      (error: unknown) => setProblem(problemOf(error)),
    );
  };

  const current = requests.find((r) => !answered.has(r.requestId));
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
        request={current}
        onAnswer={async (decision, number) => {
          setAnswered((a) => new Set(a).add(current.requestId));
          try {
            const { status } = await answerRequest(
              api,
              identity,
              current.requestId,
              decision,
              number,
            );
            setLast(
              status === "approved"
                ? "Approved: the browser is signing in."
                : status === "reported"
                  ? "Reported. Change your password now: someone knows it. Requests are paused for 20 minutes."
                  : "Refused.",
            );
          } catch (error) {
            setProblem(problemOf(error));
          }
        }}
      />
    );
  }
  return (
    <Screen
      title="Authenticator device"
      keys={`${recovery.pending ? "c cancel the recovery · " : ""}o ${showCode ? "hide" : "show"} the offline code · q quit`}
      problem={problem}
      notice={last}
    >
      <Box flexDirection="column">
        {recovery.pending && (
          <Text color="red" bold>
            Someone started to recover {identity.account}; it ends{" "}
            {new Date(recovery.endsAt).toLocaleString("en-GB", {
              dateStyle: "medium",
              timeStyle: "short",
            })}
            . If it wasn't you, press c to cancel it.
          </Text>
        )}
        <Text>Waiting for sign-in requests for {identity.account}…</Text>
        <Text>Server: {identity.server}</Text>
        <Text>
          {link === "connected"
            ? "Connected to the push gateway."
            : link === "none"
              ? "No push gateway: asking the server every few seconds."
              : "Reaching the push gateway…"}
        </Text>
        {showCode && <OfflineCode secret={identity.offlineSecret} />}
      </Box>
    </Screen>
  );
}
