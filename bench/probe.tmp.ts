import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTwofold } from "@twofold/core";
import { generateTOTP } from "@twofold/core/internals";
import { createDatabase, MEMORY_URL } from "@twofold/db";
import { seedPendingSignIns } from "./src/seed";

for (const where of ["memory", "disk"]) {
  const handle = where === "memory" ? await createDatabase(MEMORY_URL) : await createDatabase(undefined, { dataDir: mkdtempSync(join(tmpdir(), "probe-")) });
  const key = randomBytes(32);
  const pairs = await seedPendingSignIns(handle.db, key, 1500);
  const client = (handle.db as unknown as { $client: { query: (...a: unknown[]) => Promise<unknown> } }).$client;
  const orig = client.query.bind(client);
  const stats = new Map<string, [number, number]>();
  let on = false;
  client.query = async (...a: unknown[]) => { const t = performance.now(); try { return await orig(...a); } finally { if (on) { const k = String(a[0]).slice(0, 70); const e = stats.get(k) ?? [0, 0]; e[0]++; e[1] += performance.now() - t; stats.set(k, e); } } };
  const tf = createTwofold({ db: handle.db, masterKey: key });
  const meta = { ip: "127.0.0.1", userAgent: "probe" };
  let tResolve = 0, tVerify = 0;
  for (const [i, p] of pairs.entries()) {
    const a = performance.now();
    const s = await tf.sessions.resolve(p.token);
    const b = performance.now();
    const r = await tf.secondFactor.verifyTOTP(s!, generateTOTP(Buffer.from(p.seed, "hex"), new Date()), meta);
    const c = performance.now();
    if (!r.ok) throw new Error(JSON.stringify(r));
    on = i >= 499;
    if (i >= 500) { tResolve += b - a; tVerify += c - b; }
  }
  on = false;
  for (const [k, [n, t]] of stats) console.log(n, (t / n).toFixed(3), k);
  // raw statement timings
  const t0 = performance.now();
  for (let i = 0; i < 1000; i++) await handle.db.execute("select 1" as never);
  const t1 = performance.now();
  console.log(where, "resolve ms", (tResolve / 1000).toFixed(3), "verify ms", (tVerify / 1000).toFixed(3), "select1 ms", ((t1 - t0) / 1000).toFixed(3));
  await handle.close();
}
