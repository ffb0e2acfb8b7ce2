import type { SmsSender } from "../sender";
import { postToProvider } from "./http";

export interface TwilioOptions {
  accountSid: string;
  authToken: string;
  /** The sender: a Twilio number or alphanumeric id, or a Messaging Service (one of the two). */
  from?: string;
  messagingServiceSid?: string;
  /** https://api.twilio.com; a local server speaking the same API in tests. */
  baseUrl?: string;
  timeoutMs?: number;
}

/** Sends through Twilio's Messages REST API (POST .../Accounts/{sid}/Messages.json). */
export function twilioSender(options: TwilioOptions): SmsSender {
  const base = (options.baseUrl ?? "https://api.twilio.com").replace(/\/$/, "");
  const url = `${base}/2010-04-01/Accounts/${encodeURIComponent(options.accountSid)}/Messages.json`;
  const authorization = `Basic ${Buffer.from(`${options.accountSid}:${options.authToken}`).toString("base64")}`;
  const sender: Record<string, string> = options.messagingServiceSid
    ? { MessagingServiceSid: options.messagingServiceSid }
    : { From: options.from ?? "" };
  return {
    name: "twilio",
    send: (message) =>
      postToProvider("twilio", url, {
        headers: {
          authorization,
          "content-type": "application/x-www-form-urlencoded",
          accept: "application/json",
        },
        body: new URLSearchParams({ To: message.to, Body: message.body, ...sender }).toString(),
        timeoutMs: options.timeoutMs ?? 10_000,
      }),
  };
}
