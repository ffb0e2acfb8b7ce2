import { describeUserAgent as browserAndSystem } from "@twofold/push-protocol";
import { currentLocale } from "../lib/locale";
import { APPROVER_TEXT } from "../lib/text-approver";

/** "Firefox on Windows": what a person recognises from a browser's User-Agent header. */
export function describeUserAgent(userAgent: string): string {
  const T = APPROVER_TEXT[currentLocale()].userAgent;
  if (!userAgent) return T.unknown;
  const { browser, os } = browserAndSystem(userAgent);
  if (!browser && !os) return userAgent.slice(0, 60);
  if (browser && os) return T.on(browser, os);
  return browser ?? (os ? T.on(T.aBrowser, os) : T.unknown);
}
