import type { Outputs } from "../../lib/api";

/** A strong method the person can confirm a security change with (never SMS or a backup code). */
export type StepUpMethod = Outputs["account"]["stepUpMethods"]["methods"][number];

/** What each method's view is given: the dialog closes when it is confirmed or cancelled. */
export interface MethodProps {
  onConfirmed: () => void;
  onCancel: () => void;
}
