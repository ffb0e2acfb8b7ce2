import * as z from "zod";

/** Every setting of the gateway, read and validated here and nowhere else. */
const schema = z.object({
  /** The server whose public key signs tickets and deliveries (read from /push/public-key). */
  TWOFOLD_SERVER_URL: z.url().default("http://127.0.0.1:3000"),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3001),
  HOST: z.string().min(1).default("127.0.0.1"),
  /** Scaled out: deliveries arrive on a Redis channel every gateway hears. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must be a redis:// URL")
    .optional(),
});

export type Env = z.infer<typeof schema>;

/**
 * Parses the environment; a wrong setting stops the start with a message naming it. A variable
 * set to "" counts as unset (as the gateway always read it: `REDIS_URL=` means no Redis).
 */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const set = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const parsed = schema.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
