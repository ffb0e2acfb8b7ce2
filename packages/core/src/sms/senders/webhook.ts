import { createHmac } from "node:crypto";
import type { SmsSender } from "../sender";
import { postToProvider } from "./http";

export interface WebhookOptions {
  url: string;
  /** Signs each request (X-Twofold-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>). */
  secret?: string;
  timeoutMs?: number;
  now?: () => Date;
}

/**
 * A generic HTTP provider: POSTs `{"to": "+41...", "body": "..."}` as JSON; any 2xx is accepted.
 * With a secret, the receiver checks HMAC-SHA256(secret, "<t>.<raw body>") and the time.
 */
export function webhookSender(options: WebhookOptions): SmsSender {
  return {
    name: "webhook",
    send(message) {
      const body = JSON.stringify({ to: message.to, body: message.body });
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (options.secret) headers["x-twofold-signature"] = sign(options, body);
      return postToProvider("webhook", options.url, {
        headers,
        body,
        timeoutMs: options.timeoutMs ?? 10_000,
      });
    },
  };
}

export function sign(options: WebhookOptions, body: string): string {
  const t = Math.floor((options.now?.() ?? new Date()).getTime() / 1000);
  const mac = createHmac("sha256", options.secret ?? "")
    .update(`${t}.${body}`)
    .digest("hex");
  return `t=${t},v1=${mac}`;
}
