// A browser's cookies as far as the bench needs them (one server): names and values, kept from
// every answer; paths, domains and expiry are not modelled (as apps/server/test/browser.ts).
export class CookieJar {
  private readonly cookies: Map<string, string>;

  /** A copy of another browser's cookies, or of a Cookie header it sent. */
  constructor(from?: CookieJar | string) {
    this.cookies =
      typeof from === "string"
        ? new Map(
            from
              .split(";")
              .map((pair) => pair.trim())
              .filter((pair) => pair.indexOf("=") > 0)
              .map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)]),
          )
        : new Map(from?.cookies);
  }

  /** The Cookie header this browser sends ("" when it holds none). */
  get header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  /** Keeps what a response sets; a cookie set empty or already expired is forgotten. */
  keep(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const gone = attributes.some(
        (a) => /^\s*max-age=0\s*$/i.test(a) || /expires=thu, 01 jan 1970/i.test(a),
      );
      if (gone || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /** A request from this browser (no redirect followed), keeping the cookies it sets. */
  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set("cookie", this.header);
    const response = await fetch(url, { ...init, headers, redirect: "manual" });
    this.keep(response);
    return response;
  }
}
