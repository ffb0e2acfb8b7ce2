// Child process of load.ts: receives one LoadJob, runs autocannon, answers one LoadResult.
import { generateTOTP } from "@twofold/core/internals";
import autocannon from "autocannon";
import type { LoadJob, LoadResult } from "./load";
import { summarizeLatencies } from "./stats";

const PATH = "/trpc/auth.verifyTOTP";

function isAuthenticated(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { result?: { data?: { status?: unknown } } };
    return parsed.result?.data?.status === "authenticated";
  } catch {
    return false;
  }
}

function run(job: LoadJob): Promise<LoadResult> {
  const pairs = job.pairs.map((p) => ({
    authorization: `Bearer ${p.token}`,
    seed: Buffer.from(p.seed, "hex"),
  }));
  let next = 0;
  let succeeded = 0;
  let failed = 0;
  let firstFailure: string | null = null;
  const statusCodes: Record<string, number> = {};
  const latencies: number[] = [];
  let lastResponseAt = 0;

  return new Promise((resolve, reject) => {
    const startedAt = performance.now();
    const instance = autocannon(
      {
        url: job.url,
        connections: job.connections,
        amount: pairs.length,
        timeout: 30,
        requests: [
          {
            method: "POST",
            path: PATH,
            // Called once per request sent: the next unused pair, and its code as of now.
            setupRequest: (request) => {
              const pair = pairs[next++];
              const headers = {
                "content-type": "application/json",
                ...(pair && { authorization: pair.authorization }),
              };
              const code = pair ? generateTOTP(pair.seed, new Date()) : "000000";
              return { ...request, headers, body: JSON.stringify({ code }) };
            },
            onResponse: (status, body) => {
              statusCodes[status] = (statusCodes[status] ?? 0) + 1;
              if (status === 200 && isAuthenticated(body)) {
                succeeded++;
              } else {
                failed++;
                firstFailure ??= `HTTP ${status}: ${body.slice(0, 500)}`;
              }
            },
          },
        ],
      },
      (error: unknown, result) => {
        clearTimeout(cap);
        if (error)
          return reject(
            error instanceof Error ? error : new Error("autocannon failed", { cause: error }),
          );
        const elapsedMs = (lastResponseAt || performance.now()) - startedAt;
        resolve({
          connections: job.connections,
          planned: pairs.length,
          responses: latencies.length,
          succeeded,
          failed,
          connectionErrors: result.errors,
          timeouts: result.timeouts,
          statusCodes,
          firstFailure,
          elapsedMs,
          requestsPerSecond: elapsedMs > 0 ? (succeeded * 1000) / elapsedMs : 0,
          latencyMs: summarizeLatencies(latencies),
          capped: latencies.length + result.errors < pairs.length,
        });
      },
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
      lastResponseAt = performance.now();
    });
    const cap = setTimeout(() => instance.stop(), job.maxDurationMs);
  });
}

process.once("message", (job: LoadJob) => {
  run(job).then(
    (result) => {
      process.send?.(result, () => process.disconnect());
    },
    (error: unknown) => {
      process.stderr.write(
        `load generator failed: ${error instanceof Error ? error.stack : String(error)}\n`,
      );
      process.exit(1);
    },
  );
});
