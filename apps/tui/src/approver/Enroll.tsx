import { hostname, platform } from "node:os";
import { Text, useApp } from "ink";
import { useState } from "react";
import type { ReactNode } from "react";
import { problemOf, type ApiClient, type Problem } from "@twofold/client";
import { enrollDevice, type DeviceIdentity } from "@twofold/device/node";
import { Form } from "../components/Form";
import { Screen } from "../components/Screen";
import { currentLocale } from "../lib/locale";
import { APPROVER_TEXT } from "../lib/text-approver";

/** `twofold approve` before enrolling: the code from "Add an authenticator device", a name. */
export function Enroll({
  api,
  server,
  onEnrolled,
}: {
  api: ApiClient;
  server: string;
  onEnrolled: (identity: DeviceIdentity) => void;
}): ReactNode {
  const T = APPROVER_TEXT[currentLocale()].enroll;
  const { exit } = useApp();
  const [code, setCode] = useState("");
  const [name, setName] = useState(() => T.defaultName(hostname()));
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
    <Screen title={T.title} keys={T.keys} problem={problem}>
      <Text>{T.where}</Text>
      <Text>{T.typeCode}</Text>
      <Form
        fields={[
          { label: T.code, value: code, onChange: setCode },
          { label: T.name, value: name, onChange: setName },
        ]}
        onSubmit={submit}
        onBack={exit}
      />
    </Screen>
  );
}
