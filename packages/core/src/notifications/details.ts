import { mailTime, type TimeReader } from "./mail-time";
import { DETAIL_WORDS, PROTOCOL_NAMES } from "./method-names";

/**
 * The details of an event worth a line in its email, in the reader's words: "Security key
 * “YubiKey”", "“Thunderbird”", a recovery's end in the reader's time zone. Never a secret (the
 * log holds none), and never an internal value: a method, a policy or a protocol this version
 * has no word for is named generically or left out.
 */
export function mailDetails(
  detail: Record<string, string | number | boolean>,
  reader: TimeReader,
): string {
  const w = DETAIL_WORDS[reader.locale];
  const text = (key: string): string => {
    const value = detail[key];
    return typeof value === "string" ? value.trim() : "";
  };
  const quoted = (key: string): string => (text(key) ? w.quote(text(key)) : "");
  const method = text("kind") || text("factor");
  const protocol = text("protocol");
  const endsAt = text("endsAt");
  return [
    [method && (w.methods[method] ?? w.someMethod), quoted("label")].filter(Boolean).join(" "),
    quoted("name"),
    quoted("app"),
    w.policies[text("policy")] ?? "",
    protocol && (PROTOCOL_NAMES[protocol] ?? ""),
    text("address"),
    text("phone"),
    endsAt && mailTime(new Date(endsAt), reader),
  ]
    .filter((part) => part !== "")
    .join(", ");
}
