// A browser as far as OpenID Connect needs one: a cookie jar and redirects followed by hand, so a
// test sees where each step lands (Twofold's sign-in page, the consent page, the app's callback).
import { call, type Reply } from "./http";

export class CookieBrowser {
  private readonly jar = new Map<string, string>();

  constructor(private readonly base: string) {}

  /** The Cookie header this browser sends (every cookie it holds: paths are not modelled). */
  get cookie(): string {
    return [...this.jar].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  keep(setCookie: string[]): void {
    for (const line of setCookie) {
      const [pair = "", ...attributes] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const gone = attributes.some(
        (a) => /^\s*max-age=0\s*$/i.test(a) || /expires=thu, 01 jan 1970/i.test(a),
      );
      if (gone || value === "") this.jar.delete(name);
      else this.jar.set(name, value);
    }
  }

  /** A tRPC call from this browser (its session cookie), keeping what it sets. */
  async call(path: string, input?: unknown, method: "GET" | "POST" = "POST"): Promise<Reply> {
    const reply = await call(this.base, path, input, { cookie: this.cookie, method });
    this.keep(reply.setCookie);
    return reply;
  }

  /** A tRPC query (GET). */
  query(path: string, input?: unknown): Promise<Reply> {
    return this.call(path, input, "GET");
  }

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (new URL(url).origin === new URL(this.base).origin && this.jar.size > 0)
      headers.set("cookie", this.cookie);
    const response = await fetch(url, { ...init, headers, redirect: "manual" });
    if (new URL(url).origin === new URL(this.base).origin)
      this.keep(response.headers.getSetCookie());
    return response;
  }

  /**
   * Opens `url` and follows redirects while they stay on Twofold's provider; returns the first
   * address that leaves it: a page of the web app (/sign-in, /consent) or the app's callback.
   */
  async open(url: string, init: RequestInit = {}): Promise<URL> {
    let at = new URL(url);
    let response = await this.fetch(at.href, init);
    for (let hops = 0; hops < 20; hops += 1) {
      const location = response.headers.get("location");
      if (response.status < 300 || response.status >= 400 || !location)
        throw new Error(`${at.href} answered ${response.status}: ${await response.text()}`);
      at = new URL(location, at);
      const ours = at.origin === new URL(this.base).origin;
      if (!ours || !(at.pathname.startsWith("/oidc/") || at.pathname.startsWith("/.well-known/")))
        return at;
      response = await this.fetch(at.href);
    }
    throw new Error(`too many redirects from ${url}`);
  }
}
