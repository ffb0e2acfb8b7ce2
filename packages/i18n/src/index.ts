export { isLocale, LOCALES, pickLocale, type Locale } from "./locales";
export { REASON_TEXT, RETRY_AT, type ShownReason } from "./reasons";
