// Child process of fixed-load.ts: one autocannon run of the same request, for a fixed time.
import autocannon from "autocannon";
import type { FixedLoadJob, FixedLoadResult } from "./fixed-load";
import { summarizeLatencies } from "./stats";

function run(job: FixedLoadJob): Promise<FixedLoadResult> {
  let ok = 0;
  let other = 0;
  let firstFailure: string | null = null;
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const startedAt = performance.now();
    const instance = autocannon(
      {
        url: job.url,
        connections: job.connections,
        duration: job.durationMs / 1000,
        timeout: 30,
        requests: [
          {
            method: job.method ?? "POST",
            headers: job.headers,
            ...(job.body !== undefined && { body: job.body }),
            onResponse: (status, body) => {
              if (status === 200 && body.includes(job.expect)) ok++;
              else {
                other++;
                firstFailure ??= `HTTP ${status}: ${body.slice(0, 300)}`;
              }
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        const elapsedMs = performance.now() - startedAt;
        resolve({
          connections: job.connections,
          ok,
          other,
          errors: result.errors,
          firstFailure,
          requestsPerSecond: ok / (elapsedMs / 1000),
          latencyMs: summarizeLatencies(latencies),
        });
      },
    );
    instance.on("response", (_client, _status, _bytes, responseTime) =>
      latencies.push(responseTime),
    );
  });
}

process.once("message", (job: FixedLoadJob) => {
  run(job).then(
    (result) => process.send?.(result, () => process.exit(0)),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    },
  );
});
