// SOAK.md: the soak's goals met or missed, its errors by reason, its latencies and memory.
import type { BenchReport } from "../report";
import { FAULT_WINDOW_MS } from "./analysis";
import type { SoakReport } from "./soak";

const mark = (met: boolean): string => (met ? "met" : "**missed**");
const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** The goals: nothing lost or answered 500; p99 normal within 10 s of each fault; RSS < +10 %. */
export function soakGoals(r: SoakReport): { goal: string; result: string; met: boolean }[] {
  const f = r.figures;
  const growth =
    r.rssMiB.start !== null && r.rssMiB.end !== null
      ? (r.rssMiB.end - r.rssMiB.start) / r.rssMiB.start
      : null;
  return [
    {
      goal: "no request lost or answered 500",
      result: `${f.lost} lost (refused or dropped at the socket, or no answer in 10 s), ${f.http500} answered 500`,
      met: f.lost === 0 && f.http500 === 0,
    },
    ...f.recovery.map((x) => ({
      goal: `p99 back to normal within ${FAULT_WINDOW_MS / 1000} s of the ${x.fault}`,
      result:
        (x.failingForS === null
          ? "failures until the next fault or the end"
          : x.failingForS === 0
            ? "no failure"
            : `failures for ${x.failingForS} s`) +
        `; p99 from ${FAULT_WINDOW_MS / 1000} s after it ${x.p99AfterMs.toFixed(1)} ms (before the faults ${f.p99Ms.before.toFixed(1)} ms)`,
      met: x.met,
    })),
    {
      goal: "server RSS growth under 10 %",
      result:
        growth === null
          ? `start ${r.rssMiB.start ?? "?"} MiB, end: the server was not running`
          : `${r.rssMiB.start} MiB -> ${r.rssMiB.end} MiB (${(growth * 100).toFixed(1)} %)`,
      met: growth !== null && growth < 0.1,
    },
  ];
}

export function soakMarkdown(r: SoakReport, machine: BenchReport["machine"], date: string): string {
  const f = r.figures;
  const errors = Object.entries(f.errorsByReason).sort((a, b) => b[1] - a[1]);
  return [
    "# Twofold soak",
    "",
    `\`pnpm bench --soak --minutes ${r.minutes}\` on ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, ` +
      `commit ${machine.gitCommit ?? "?"}, ${date.slice(0, 16).replace("T", " ")} UTC. ` +
      "What is run and how: [README.md](README.md#soak-pnpm-bench---soak).",
    "",
    `The built server on a PostgreSQL of the soak's own, with Redis and its push gateway; ${r.people} people. ` +
      `Capacity (the mix flat out, 16 flows at a time): ${r.capacityFlowsPerSecond.toFixed(1)} flows/s; ` +
      `the soak ran at half, ${r.targetFlowsPerSecond.toFixed(1)} flows/s: ${r.flowsStarted} flows started, ` +
      `${r.flowsNotStarted} not started (256 already under way), ${f.requests} requests and steps.`,
    "",
    "## Goals",
    "",
    "| goal | result | |",
    "| --- | --- | --- |",
    ...soakGoals(r).map((g) => `| ${g.goal} | ${g.result} | ${mark(g.met)} |`),
    "",
    "## Faults",
    "",
    ...r.faults.map(
      (x) => `- ${x.name} at ${s(x.at)}${x.notes.length ? `: ${x.notes.join("; ")}` : ""}.`,
    ),
    ...(r.serverExited ? [`- **${r.serverExited}** (not stopped by the soak).`] : []),
    "",
    "## Latency (p99 of every answered request)",
    "",
    `Before the first fault ${f.p99Ms.before.toFixed(1)} ms; in the ${FAULT_WINDOW_MS / 1000} s after each fault ` +
      `${f.p99Ms.during.toFixed(1)} ms; after the first fault, outside those windows, ${f.p99Ms.after.toFixed(1)} ms.`,
    "",
    "## Every 10 s",
    "",
    "| from | requests and waits | failed | p99 |",
    "| --- | --- | --- | --- |",
    ...f.timeline.map((b) => `| ${b.fromS} s | ${b.samples} | ${b.failed} | ${b.p99Ms} ms |`),
    "",
    "## Errors by reason",
    "",
    ...(errors.length === 0
      ? ["None."]
      : ["| outcome | count |", "| --- | --- |", ...errors.map(([k, n]) => `| ${k} | ${n} |`)]),
    "",
    ...(r.serverOutput.trim()
      ? [
          "## The server's warnings and errors (the start)",
          "",
          "```",
          r.serverOutput.trim(),
          "```",
          "",
        ]
      : []),
  ].join("\n");
}
