// Child process of oidc.ts: a few workers, each signing the app in again and again (one full
// code flow at a time) for a fixed time, from a browser already signed in to Twofold.
import { CookieJar } from "./cookie-jar";
import type { CodeFlowJob, CodeFlowResult } from "./oidc";
import { codeFlow } from "./oidc-flow";
import { summarizeLatencies } from "./stats";

async function run(job: CodeFlowJob): Promise<CodeFlowResult> {
  const latencies: number[] = [];
  const paths: Record<string, number> = {};
  let failed = 0;
  let firstFailure: string | null = null;
  const startedAt = performance.now();
  const deadline = startedAt + job.durationMs;
  let lastAt = startedAt;
  async function worker(): Promise<void> {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        // Each flow from the signed-in browser as it was: the provider's own cookies of an
        // earlier flow would answer the next one without its interaction.
        const { path } = await codeFlow(job.url, new CookieJar(job.cookie));
        lastAt = performance.now();
        latencies.push(lastAt - t0);
        const key = path.join(" -> ");
        paths[key] = (paths[key] ?? 0) + 1;
      } catch (error) {
        failed += 1;
        firstFailure ??= error instanceof Error ? error.message : String(error);
      }
    }
  }
  await Promise.all(Array.from({ length: job.workers }, worker));
  const elapsedMs = lastAt - startedAt;
  return {
    workers: job.workers,
    flows: latencies.length,
    failed,
    firstFailure,
    paths,
    requestsPerSecond: elapsedMs > 0 ? (latencies.length * 1000) / elapsedMs : 0,
    latencyMs: summarizeLatencies(latencies),
  };
}

process.once("message", (job: CodeFlowJob) => {
  run(job).then(
    (result) => process.send?.(result, () => process.exit(0)),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    },
  );
});
