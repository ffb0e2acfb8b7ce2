import { randomBytes } from "node:crypto";
import pg from "pg";

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * A new, empty PostgreSQL database on the server of `adminUrl`, for tests and benchmarks that
 * must not share rows; `drop()` removes it (closing any connection still open to it).
 */
export async function createScratchPostgres(
  adminUrl: string,
  prefix = "twofold_test",
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(adminUrl, `drop database if exists ${name} with (force)`),
  };
}
