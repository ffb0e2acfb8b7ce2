import { useId } from "react";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import {
  isSMSCountry,
  SMS_COUNTRIES,
  SMS_COUNTRY_CODES,
  type SMSCountry,
} from "../lib/sms-countries";
import { Field } from "./Field";

/**
 * A mobile number and its country. The country reads a national number ("079 123 45 67"); a
 * number written with its country code ("+33 6…", "0049 151…") is read whatever the country.
 */
export function PhoneField({
  country,
  onCountry,
  phone,
  onPhone,
  errorId,
  autoFocus = false,
}: {
  country: SMSCountry;
  onCountry: (country: SMSCountry) => void;
  phone: string;
  onPhone: (phone: string) => void;
  errorId?: string;
  autoFocus?: boolean;
}): ReactNode {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="phone-field">
      <div className="field">
        <label htmlFor={id}>{t.addSMS.countryLabel}</label>
        <select
          id={id}
          value={country}
          onChange={(event) => {
            const picked = event.target.value;
            if (isSMSCountry(picked)) onCountry(picked);
          }}
        >
          {SMS_COUNTRY_CODES.map((code) => (
            <option key={code} value={code}>
              {`${t.sms.countries[code]} (${SMS_COUNTRIES[code].callingCode})`}
            </option>
          ))}
        </select>
      </div>
      <Field
        label={t.addSMS.phoneLabel}
        hint={t.addSMS.phoneHint(SMS_COUNTRIES[country].example)}
        type="tel"
        name="phone"
        autoComplete="tel"
        inputMode="tel"
        maxLength={40}
        required
        autoFocus={autoFocus}
        value={phone}
        onChange={(event) => onPhone(event.target.value)}
        errorId={errorId}
      />
    </div>
  );
}
