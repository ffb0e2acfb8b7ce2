import { join, resolve } from "node:path";
import {
  DEFAULT_CONFIG,
  outboxSender,
  twilioSender,
  webhookSender,
  type SmsSender,
  type TwofoldConfig,
} from "@twofold/core";
import type { Env } from "./env";

/** Where the embedded outbox writes: TWOFOLD_SMS_OUTBOX, or a file in the data folder. */
export function outboxFile(env: Env): string {
  return resolve(env.TWOFOLD_SMS_OUTBOX ?? join(env.TWOFOLD_DATA_DIR, "sms-outbox.jsonl"));
}

/** The SMS provider the environment names (readEnv has checked it has what it needs). */
export function smsSender(env: Env): SmsSender {
  switch (env.TWOFOLD_SMS_PROVIDER) {
    case "twilio":
      return twilioSender({
        accountSid: env.TWOFOLD_TWILIO_ACCOUNT_SID ?? "",
        authToken: env.TWOFOLD_TWILIO_AUTH_TOKEN ?? "",
        ...(env.TWOFOLD_TWILIO_FROM && { from: env.TWOFOLD_TWILIO_FROM }),
        ...(env.TWOFOLD_TWILIO_MESSAGING_SERVICE_SID && {
          messagingServiceSid: env.TWOFOLD_TWILIO_MESSAGING_SERVICE_SID,
        }),
        ...(env.TWOFOLD_TWILIO_BASE_URL && { baseUrl: env.TWOFOLD_TWILIO_BASE_URL }),
      });
    case "webhook":
      return webhookSender({
        url: env.TWOFOLD_SMS_WEBHOOK_URL ?? "",
        ...(env.TWOFOLD_SMS_WEBHOOK_SECRET && { secret: env.TWOFOLD_SMS_WEBHOOK_SECRET }),
      });
    case "outbox":
      return outboxSender(outboxFile(env));
  }
}

export function smsConfig(env: Env): TwofoldConfig["sms"] {
  return {
    ...DEFAULT_CONFIG.sms,
    limits: {
      ...DEFAULT_CONFIG.sms.limits,
      perNumber: env.TWOFOLD_SMS_LIMIT_PER_NUMBER,
      perAccount: env.TWOFOLD_SMS_LIMIT_PER_ACCOUNT,
      perIp: env.TWOFOLD_SMS_LIMIT_PER_IP,
      total: env.TWOFOLD_SMS_LIMIT_TOTAL,
    },
  };
}
