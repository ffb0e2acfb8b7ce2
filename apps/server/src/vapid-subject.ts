import { isIP } from "node:net";

/** A host no push service can reach or accept as a contact: loopback, localhost, no dot. */
function isLocalHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, "");
  if (h === "localhost" || h.endsWith(".localhost") || h.endsWith(".invalid")) return true;
  if (isIP(h) === 4) return h.startsWith("127.") || h === "0.0.0.0";
  if (isIP(h) === 6) return h === "::1" || h === "::";
  return !h.includes(".");
}

/**
 * Why a VAPID subject would be refused, or null when it is a contact push services accept: a
 * `mailto:` address or an `https:` URL on a real host (Apple refuses `mailto:…@localhost`).
 */
export function vapidSubjectProblem(subject: string): string | null {
  let url: URL;
  try {
    url = new URL(subject);
  } catch {
    return "must be a mailto: address or an https:// URL";
  }
  if (url.protocol === "https:") {
    return isLocalHost(url.hostname)
      ? "must name a real host (push services refuse localhost)"
      : null;
  }
  if (url.protocol !== "mailto:") return "must be a mailto: address or an https:// URL";
  const match = /^[^@\s/?#]+@([^@\s/?#]+)$/.exec(decodeURIComponent(url.pathname));
  if (!match?.[1]) return "must be a mailto: address (mailto:someone@example.org)";
  return isLocalHost(match[1])
    ? "must be an address of a real domain (push services refuse @localhost)"
    : null;
}
