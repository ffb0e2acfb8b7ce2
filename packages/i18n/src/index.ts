export { isLocale, LOCALES, pickLocale, type Locale } from "./locales";
export { PASSWORD_HINT_TEXT } from "./password-hints";
export { REASON_TEXT, RETRY_AT, RETRY_ON, type ShownReason } from "./reasons";
export {
  describeEvent,
  EVENT_TEXT,
  type EventDetail,
  type SecurityEventType,
} from "./events/index";
