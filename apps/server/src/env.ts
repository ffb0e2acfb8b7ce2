import { parseSyncServer, type SyncServer, type SyncService } from "@twofold/core";
import * as z from "zod";
import { vapidSubjectProblem } from "./vapid-subject";

/** Where a service of application passwords is (shown with a new one); unset: not shown. */
const syncServer = (service: SyncService) =>
  z
    .string()
    .optional()
    .transform((value, ctx): SyncServer | undefined => {
      if (value === undefined || value.trim() === "") return undefined;
      const parsed = parseSyncServer(service, value);
      if (typeof parsed !== "string") return parsed;
      ctx.addIssue({ code: "custom", message: parsed });
      return z.NEVER;
    });

/** Every setting of the server, read and validated here and nowhere else. */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  /** postgres://... for PostgreSQL; unset for the embedded PGlite in TWOFOLD_DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?|memory):\/\//, "must be a postgres:// URL (or memory:// for tests)")
    .optional(),
  TWOFOLD_DATA_DIR: z.string().min(1).default("./data"),
  /** 32 bytes as hex or base64; unset: a key file in the data folder, made on first start. */
  TWOFOLD_MASTER_KEY: z.string().min(1).optional(),
  /** The security log's witness file (default: log-witness.json in the data folder). */
  TWOFOLD_LOG_WITNESS: z.string().min(1).optional(),
  /** The address people open; https:// makes cookies `__Host-` and Secure. */
  TWOFOLD_PUBLIC_URL: z.url().optional(),
  /** Trust X-Forwarded-For from a reverse proxy in front (only then). */
  TWOFOLD_TRUST_PROXY: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((v) => v === "true" || v === "1"),
  /** Folder of the built web app; default: apps/web/dist beside this app, when it exists. */
  TWOFOLD_WEB_DIR: z.string().min(1).optional(),
  /** Folder of the built phone authenticator; default: apps/authenticator/dist beside this app. */
  TWOFOLD_AUTHENTICATOR_DIR: z.string().min(1).optional(),
  /** Security keys: the relying party's domain (default: TWOFOLD_PUBLIC_URL's host, else localhost). */
  TWOFOLD_RP_ID: z.string().min(1).optional(),
  /** Comma-separated origins allowed to use security keys (default: TWOFOLD_PUBLIC_URL's origin, else any http://localhost port). */
  TWOFOLD_ORIGINS: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? "")
        .split(",")
        .map((o) => o.trim())
        .filter(Boolean),
    ),
  /** Whether a security key must verify its user (PIN, biometrics) as a second factor. */
  TWOFOLD_KEY_USER_VERIFICATION: z
    .enum(["required", "preferred", "discouraged"])
    .default("preferred"),
  /** Scaled out: deliveries go through Redis pub/sub to every gateway. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must be a redis:// URL")
    .optional(),
  /** "off": no gateway beside the server (devices then ask the server for requests). */
  TWOFOLD_GATEWAY: z.enum(["on", "off"]).default("on"),
  /** Port of the gateway beside the server (default: PORT + 1). */
  TWOFOLD_GATEWAY_PORT: z.coerce.number().int().min(0).max(65_535).optional(),
  /** A gateway run elsewhere: its delivery URL (http://...) and the address devices connect to. */
  TWOFOLD_GATEWAY_URL: z.url().optional(),
  TWOFOLD_GATEWAY_PUBLIC_URL: z.url().optional(),
  /**
   * Web Push (VAPID) keys, both or neither. Unset: embedded, a pair made on first start in the
   * data folder; on PostgreSQL, no Web Push (every server must share one pair).
   */
  TWOFOLD_VAPID_PUBLIC_KEY: z.string().min(1).optional(),
  TWOFOLD_VAPID_PRIVATE_KEY: z.string().min(1).optional(),
  /**
   * The contact push services see (mailto: or https:, never localhost: Apple refuses it).
   * Unset: TWOFOLD_PUBLIC_URL's origin when it is https.
   */
  TWOFOLD_VAPID_SUBJECT: z
    .string()
    .min(1)
    .optional()
    .superRefine((value, ctx) => {
      const problem = value === undefined ? null : vapidSubjectProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  /** How long a push request waits for the device's answer (seconds). */
  TWOFOLD_PUSH_TTL_SECONDS: z.coerce.number().int().min(1).max(600).default(60),
  /** "I can't use any of my methods": how long an account recovery waits before it completes. */
  TWOFOLD_RECOVERY_WAIT_HOURS: z.coerce
    .number()
    .min(1)
    .max(24 * 30)
    .default(72),
  /**
   * The place of a sign-in ("near Zurich, CH"): the path of an operator's own MaxMind-format
   * database (e.g. GeoLite2-City.mmdb), "off" for none; unset: DB-IP's city database shipped
   * through npm. A file that cannot be read stops the start.
   */
  TWOFOLD_GEOIP_DB: z.string().trim().min(1, "must be a file path or off").optional(),
  /** Who sends SMS codes: "outbox" (a file in the data folder, for trying Twofold), "twilio", "webhook". */
  TWOFOLD_SMS_PROVIDER: z.enum(["outbox", "twilio", "webhook"]).default("outbox"),
  /** The outbox file (default: sms-outbox.jsonl in the data folder); `pnpm sms:outbox` prints it. */
  TWOFOLD_SMS_OUTBOX: z.string().min(1).optional(),
  TWOFOLD_TWILIO_ACCOUNT_SID: z.string().min(1).optional(),
  TWOFOLD_TWILIO_AUTH_TOKEN: z.string().min(1).optional(),
  /** The sender: a Twilio number or alphanumeric id; or a Messaging Service SID instead. */
  TWOFOLD_TWILIO_FROM: z.string().min(1).optional(),
  TWOFOLD_TWILIO_MESSAGING_SERVICE_SID: z.string().min(1).optional(),
  /** Twilio's API address (default https://api.twilio.com). */
  TWOFOLD_TWILIO_BASE_URL: z.url().optional(),
  /** The generic provider: JSON {to, body} POSTed here, signed with the secret when set. */
  TWOFOLD_SMS_WEBHOOK_URL: z.url().optional(),
  TWOFOLD_SMS_WEBHOOK_SECRET: z.string().min(1).optional(),
  /** SMS pumping protection: sends per hour per number, account, IP address and in total. */
  TWOFOLD_SMS_LIMIT_PER_NUMBER: z.coerce.number().int().min(0).default(5),
  TWOFOLD_SMS_LIMIT_PER_ACCOUNT: z.coerce.number().int().min(0).default(10),
  TWOFOLD_SMS_LIMIT_PER_IP: z.coerce.number().int().min(0).default(20),
  TWOFOLD_SMS_LIMIT_TOTAL: z.coerce.number().int().min(0).default(1000),
  /**
   * The apps that sign in through Twofold (OpenID Connect): the path of a JSON array of client
   * metadata (client_id, client_name, client_secret, redirect_uris, …, twofold_first_party).
   */
  TWOFOLD_OIDC_CLIENTS: z.string().min(1).optional(),
  /** The service credential mail, calendar and file servers send to POST /sync/check (unset: no endpoint). */
  TWOFOLD_SYNC_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** What people type in their mail, calendar and file apps with an application password. */
  TWOFOLD_SYNC_IMAP: syncServer("imap"),
  TWOFOLD_SYNC_SMTP: syncServer("smtp"),
  TWOFOLD_SYNC_CALDAV: syncServer("caldav"),
  TWOFOLD_SYNC_CARDDAV: syncServer("carddav"),
  TWOFOLD_SYNC_WEBDAV: syncServer("webdav"),
  /** Security notifications: "outbox" (a file in the data folder, for trying Twofold), "smtp", "off". */
  TWOFOLD_MAIL: z.enum(["outbox", "smtp", "off"]).default("outbox"),
  /** The outbox file (default: mail-outbox.jsonl in the data folder); `pnpm mail:outbox` prints it. */
  TWOFOLD_MAIL_OUTBOX: z.string().min(1).optional(),
  /** smtp://user:password@host:587 (STARTTLS when offered) or smtps://...:465. */
  TWOFOLD_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional(),
  TWOFOLD_MAIL_FROM: z.string().min(3).default("Twofold <no-reply@localhost>"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

/** A provider chosen without what it needs is a configuration error, named at start. */
const checked = schema.superRefine((env, ctx) => {
  const need = (name: keyof typeof env, why: string) => {
    if (env[name] === undefined)
      ctx.addIssue({ code: "custom", path: [name], message: `is required ${why}` });
  };
  if (env.TWOFOLD_SMS_PROVIDER === "twilio") {
    need("TWOFOLD_TWILIO_ACCOUNT_SID", "with TWOFOLD_SMS_PROVIDER=twilio");
    need("TWOFOLD_TWILIO_AUTH_TOKEN", "with TWOFOLD_SMS_PROVIDER=twilio");
    if (!env.TWOFOLD_TWILIO_MESSAGING_SERVICE_SID)
      need("TWOFOLD_TWILIO_FROM", "with TWOFOLD_SMS_PROVIDER=twilio (or a messaging service SID)");
  }
  if (env.TWOFOLD_MAIL === "smtp") need("TWOFOLD_SMTP_URL", "with TWOFOLD_MAIL=smtp");
  if (env.TWOFOLD_VAPID_PUBLIC_KEY !== undefined)
    need("TWOFOLD_VAPID_PRIVATE_KEY", "with TWOFOLD_VAPID_PUBLIC_KEY");
  if (env.TWOFOLD_VAPID_PRIVATE_KEY !== undefined)
    need("TWOFOLD_VAPID_PUBLIC_KEY", "with TWOFOLD_VAPID_PRIVATE_KEY");
  if (env.TWOFOLD_SMS_PROVIDER === "webhook")
    need("TWOFOLD_SMS_WEBHOOK_URL", "with TWOFOLD_SMS_PROVIDER=webhook");
});

export type Env = z.infer<typeof checked>;

/** Parses the environment; a wrong setting stops the start with a message naming it. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = checked.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
