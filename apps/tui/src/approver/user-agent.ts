/** "Firefox on Windows": what a person recognises from a browser's User-Agent header. */
export function describeUserAgent(userAgent: string): string {
  if (!userAgent) return "unknown browser";
  const browser = /Edg\//.test(userAgent)
    ? "Edge"
    : /Firefox\//.test(userAgent)
      ? "Firefox"
      : /(Chrome|Chromium)\//.test(userAgent)
        ? "Chrome"
        : /Safari\//.test(userAgent)
          ? "Safari"
          : null;
  const os = /Windows/.test(userAgent)
    ? "Windows"
    : /(iPhone|iPad)/.test(userAgent)
      ? "iOS"
      : /Mac OS X/.test(userAgent)
        ? "macOS"
        : /Android/.test(userAgent)
          ? "Android"
          : /Linux/.test(userAgent)
            ? "Linux"
            : null;
  if (!browser && !os) return userAgent.slice(0, 60);
  return [browser ?? "A browser", os && `on ${os}`].filter(Boolean).join(" ");
}
