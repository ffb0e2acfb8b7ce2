import type { ReactNode } from "react";
import { Link, type AppPath } from "../lib/router";

/**
 * The end of a form: a way back (a link, so nothing is sent) and the form's one primary button,
 * which stays focusable while its request runs (a second press sends nothing).
 */
export function FormActions({
  cancel,
  submit,
  pending,
}: {
  cancel: { to: AppPath; label: string };
  submit: string;
  pending: boolean;
}): ReactNode {
  return (
    <div className="actions">
      <Link to={cancel.to} className="button">
        {cancel.label}
      </Link>
      <button type="submit" className="button primary" aria-disabled={pending}>
        {submit}
      </button>
    </div>
  );
}
