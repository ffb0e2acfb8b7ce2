/**
 * The app's screens live in the address's fragment (never sent to a server, so an enrollment
 * code in a QR's URL stays out of access logs): #enroll=<code>, #request=<id>&device=<id>.
 */
export type Route =
  | { name: "home" }
  | { name: "enroll"; code: string }
  | { name: "request"; requestId: string; deviceId: string };

const CODE = /^[0-9a-z]{4}(-[0-9a-z]{4}){4}$/;

/** A typed or scanned enrollment code, tidied (spaces, case); null when it cannot be one. */
export function normalizeCode(text: string): string | null {
  const compact = text.trim().toLowerCase().replace(/[\s-]/g, "");
  if (!/^[0-9a-z]{20}$/.test(compact)) return null;
  const code = compact.match(/.{4}/g)?.join("-") ?? "";
  return CODE.test(code) ? code : null;
}

export function parseRoute(hash: string): Route {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const enroll = params.get("enroll");
  if (enroll !== null) return { name: "enroll", code: normalizeCode(enroll) ?? enroll.trim() };
  const requestId = params.get("request");
  const deviceId = params.get("device");
  if (requestId && deviceId) return { name: "request", requestId, deviceId };
  return { name: "home" };
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case "home":
      return "";
    case "enroll":
      return `#${new URLSearchParams({ enroll: route.code }).toString()}`;
    case "request":
      return `#${new URLSearchParams({ request: route.requestId, device: route.deviceId }).toString()}`;
  }
}

/** Where a notification tap takes the person (the service worker opens or focuses it). */
export function requestUrl(scope: string, requestId: string, deviceId: string): string {
  return `${scope}${routeHash({ name: "request", requestId, deviceId })}`;
}

/**
 * The enrollment code a QR code holds: the authenticator's URL with #enroll=<code> (what the
 * settings page shows), a `twofold-device:<code>` URI, or the bare code. Null for anything else.
 */
export function codeFromScan(text: string): string | null {
  const trimmed = text.trim();
  const hashAt = trimmed.indexOf("#");
  if (hashAt >= 0) {
    const route = parseRoute(trimmed.slice(hashAt));
    return route.name === "enroll" ? normalizeCode(route.code) : null;
  }
  return normalizeCode(trimmed.replace(/^twofold-device:/, ""));
}
