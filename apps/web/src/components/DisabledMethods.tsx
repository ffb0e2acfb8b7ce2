import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import { api, type TwoFactorStatus } from "../lib/api";
import { useAction } from "../lib/use-action";
import { ProblemMessage } from "./ProblemMessage";
import { useStepUp } from "./StepUp";

type DisabledMethod = TwoFactorStatus["disabledMethods"][number];

/**
 * The methods turned off after 100 wrong tries in a row, each with why and "Turn back on"
 * (a security change: the password is asked when the last sign-in is not recent).
 */
export function DisabledMethods({
  methods,
  onEnabled,
}: {
  methods: readonly DisabledMethod[];
  onEnabled: (message: string) => void;
}): ReactNode {
  if (methods.length === 0) return null;
  return (
    <ul className="disabled-methods">
      {methods.map((method) => (
        <DisabledMethodNotice key={method} method={method} onEnabled={onEnabled} />
      ))}
    </ul>
  );
}

function DisabledMethodNotice({
  method,
  onEnabled,
}: {
  method: DisabledMethod;
  onEnabled: (message: string) => void;
}): ReactNode {
  const { t } = useI18n();
  const d = t.disabledMethods;
  const stepUp = useStepUp();
  const { run, pending, problem } = useAction();
  const name = t.methods[method];
  const titleId = `disabled-${method}-title`;
  return (
    <li className="disabled-method" data-testid="disabled-method">
      <h2 id={titleId}>{d.title(name)}</h2>
      <p>{d.text}</p>
      <button
        type="button"
        className="button primary"
        aria-label={d.turnOnLabel(name)}
        aria-disabled={pending}
        onClick={() =>
          run(async () => {
            const done = await stepUp.run(() => api.twoFactor.enableMethod.mutate({ method }));
            if (done) onEnabled(d.turnedOn(name));
          })
        }
      >
        {d.turnOn}
      </button>
      <ProblemMessage id={`disabled-${method}-problem`} problem={problem} reserved />
    </li>
  );
}
