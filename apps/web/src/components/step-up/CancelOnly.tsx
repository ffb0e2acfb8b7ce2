import type { ReactNode } from "react";
import { useI18n } from "../../i18n/i18n";

/** The dialog's way out, for a method that has no form of its own (a key, the device). */
export function CancelOnly({ onCancel }: { onCancel: () => void }): ReactNode {
  const { t } = useI18n();
  return (
    <div className="actions">
      <button type="button" className="button" onClick={onCancel}>
        {t.password.cancel}
      </button>
    </div>
  );
}
