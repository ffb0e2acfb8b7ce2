import { ScureBase32Plugin } from "otplib";
import { call, type CallOptions, type Reply } from "../http";

/** Every secret a flow used, by what it is; the logs must hold none of them in any form. */
export class Secrets {
  /** value -> what it is */
  readonly values = new Map<string, string>();
  keep(label: string, value: string | undefined | null): string {
    if (!value) throw new Error(`${label}: nothing to keep`);
    this.values.set(value, `${label} (${value.slice(0, 4)}…)`);
    return value;
  }
  /** Raw key or seed bytes: as hex, base64, base64url and base32 too. */
  keepBytes(label: string, bytes: Buffer): void {
    this.keep(`${label} hex`, bytes.toString("hex"));
    this.keep(`${label} base64`, bytes.toString("base64").replace(/=+$/, ""));
    this.keep(`${label} base64url`, bytes.toString("base64url"));
    this.keep(`${label} base32`, new ScureBase32Plugin().encode(bytes).replace(/=+$/, ""));
  }
}

/** A six-digit code as a token of its own: the same digits inside a longer number are not it. */
export const standalone = (code: string): RegExp => new RegExp(`(?<!\\d)${code}(?!\\d)`);

/** A browser: keeps the cookies the server sets and sends them back. */
export class Browser {
  readonly jar = new Map<string, string>();
  constructor(
    private readonly server: () => string,
    private readonly secrets: Secrets,
    readonly ip: string,
  ) {}
  async call(path: string, input?: unknown, options: CallOptions = {}): Promise<Reply> {
    const cookie = [...this.jar].map(([name, value]) => `${name}=${value}`).join("; ");
    const reply = await call(this.server(), path, input, {
      ...options,
      ...(cookie && { cookie }),
      headers: { "x-forwarded-for": this.ip, "user-agent": "Mozilla/5.0 Firefox/140.0" },
    });
    for (const header of reply.setCookie) {
      const [pair = ""] = header.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (value) this.secrets.keep(`cookie ${name}`, value);
      if (value) this.jar.set(name, value);
      else this.jar.delete(name);
    }
    return reply;
  }
}
