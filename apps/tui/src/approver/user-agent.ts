import { describeUserAgent as browserAndSystem } from "@twofold/push-protocol";

/** "Firefox on Windows": what a person recognises from a browser's User-Agent header. */
export function describeUserAgent(userAgent: string): string {
  if (!userAgent) return "unknown browser";
  const { browser, os } = browserAndSystem(userAgent);
  if (!browser && !os) return userAgent.slice(0, 60);
  return [browser ?? "A browser", os && `on ${os}`].filter(Boolean).join(" ");
}
