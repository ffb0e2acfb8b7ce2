/**
 * What a person recognises of a browser's User-Agent header: its name and its system. The
 * server's lists and emails and a device's prompt (which shows the signed header) describe a
 * browser alike.
 */
export function describeUserAgent(userAgent: string): {
  browser: string | null;
  os: string | null;
} {
  const browser = /Edg\//.test(userAgent)
    ? "Edge"
    : /OPR\//.test(userAgent)
      ? "Opera"
      : /Firefox\//.test(userAgent)
        ? "Firefox"
        : /(Chrome|Chromium|HeadlessChrome)\//.test(userAgent)
          ? "Chrome"
          : /Safari\//.test(userAgent)
            ? "Safari"
            : /^twofold-tui\//.test(userAgent)
              ? "Twofold terminal"
              : null;
  const os = /Windows/.test(userAgent)
    ? "Windows"
    : /(iPhone|iPad)/.test(userAgent)
      ? "iOS"
      : /Mac OS X/.test(userAgent)
        ? "macOS"
        : /Android/.test(userAgent)
          ? "Android"
          : /CrOS/.test(userAgent)
            ? "ChromeOS"
            : /Linux/.test(userAgent)
              ? "Linux"
              : null;
  return { browser, os };
}
