// Child process of load.ts: receives one LoadJob, runs autocannon, answers one LoadResult.
import { generateTOTP } from "@twofold/core/internals";
import autocannon from "autocannon";
import { CODE_PLACEHOLDER, type LoadJob, type LoadResult, type LoadSuccess } from "./load";
import { summarizeLatencies } from "./stats";

type Headers = Record<string, string | string[] | undefined> | undefined;

/** True when the response sets `name` to a non-empty value. */
function setsCookie(headers: Headers, name: string): boolean {
  const found = Object.entries(headers ?? {}).find(
    ([key]) => key.toLowerCase() === "set-cookie",
  )?.[1];
  const cookies = found === undefined ? [] : Array.isArray(found) ? found : [found];
  return cookies.some((c) => c.startsWith(`${name}=`) && !c.startsWith(`${name}=;`));
}

function succeeded(success: LoadSuccess, status: number, body: string, headers: Headers): boolean {
  return (
    status === success.status &&
    (success.bodyIncludes === undefined || body.includes(success.bodyIncludes)) &&
    (success.setCookie === undefined || setsCookie(headers, success.setCookie))
  );
}

function run(job: LoadJob): Promise<LoadResult> {
  const requests = job.requests.map((r) => ({ ...r, key: Buffer.from(r.totpKey, "hex") }));
  let next = 0;
  let ok = 0;
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
        amount: requests.length,
        timeout: 30,
        requests: [
          {
            // Called once per request sent: the next unused sign-in, and its code as of now.
            setupRequest: (request) => {
              const r = requests[next++];
              if (!r) return { ...request, method: "POST", body: "{}" };
              const code = generateTOTP(r.key, new Date());
              return {
                ...request,
                method: r.method,
                path: r.path,
                headers: r.headers,
                body: r.body.replace(CODE_PLACEHOLDER, code),
              };
            },
            onResponse: (status, body, _context, headers) => {
              statusCodes[status] = (statusCodes[status] ?? 0) + 1;
              if (succeeded(job.success, status, body, headers)) {
                ok++;
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
          planned: requests.length,
          responses: latencies.length,
          succeeded: ok,
          failed,
          connectionErrors: result.errors,
          timeouts: result.timeouts,
          statusCodes,
          firstFailure,
          elapsedMs,
          requestsPerSecond: elapsedMs > 0 ? (ok * 1000) / elapsedMs : 0,
          latencyMs: summarizeLatencies(latencies),
          capped: latencies.length + result.errors < requests.length,
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
