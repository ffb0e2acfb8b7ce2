// What the soak's samples say: errors by reason, p99 before/during/after the faults, how long
// each fault took to heal, against the goals.
import { summarizeLatencies } from "../stats";
import type { Sample } from "./calls";

/** A fault injected mid-run: what, and when (ms since the soak began). */
export interface Fault {
  name: string;
  at: number;
  /** What happened to the system (e.g. "the server exited with 1 at 201.3 s"). */
  notes: string[];
}

export interface Recovery {
  fault: string;
  /** Seconds from the fault to its last failure; null: failing until the next fault or the end. */
  failingForS: number | null;
  /** p99 from 10 s after the fault to the next fault or the end. */
  p99AfterMs: number;
  /** No failure after 10 s, and that p99 normal again. */
  met: boolean;
}

export interface SoakFigures {
  requests: number;
  /** Outcome -> count, every request and flow step that did not succeed. */
  errorsByReason: Record<string, number>;
  /** Refused or dropped at the socket, or no answer in time. */
  lost: number;
  http500: number;
  p99Ms: { before: number; during: number; after: number };
  recovery: Recovery[];
  /** Every 10 s: requests and waits, how many failed, the p99. */
  timeline: { fromS: number; samples: number; failed: number; p99Ms: number }[];
}

const BUCKET_MS = 10_000;

/** The window after a fault that counts as "during" it. */
export const FAULT_WINDOW_MS = 10_000;

const failure = (s: Sample): boolean => s.outcome !== "ok";
/** Of the requests answered or timed out (a refused one took no time; a wait is no request). */
const p99 = (samples: Sample[]): number =>
  summarizeLatencies(samples.filter((s) => s.request && s.outcome !== "LOST").map((s) => s.ms)).p99;

/**
 * How a fault healed: the seconds until its last failure (null when failures went on to the
 * next fault or the end), and the p99 from 10 s after it to the next fault or the end. Back to
 * normal within 10 s: no failure after 10 s, and that p99 within twice the one before the
 * faults (and 20 ms). A p99 of one second (a few dozen requests: their slowest) would judge a
 * shared machine's hiccups, not the fault.
 */
function recoveryOf(
  samples: Sample[],
  /** `until`: the next fault, or none (flows still ending after the run count); `end`: it, or the run's end. */
  window: { fault: Fault; until: number; end: number },
  normal: number,
): Recovery {
  const { fault, until, end } = window;
  const after = samples.filter((x) => x.at >= fault.at && x.at < until);
  const last = after.filter(failure).at(-1);
  const failingToTheEnd = last !== undefined && last.at >= end - 1000;
  const seconds = last ? Math.ceil((last.at - fault.at) / 1000) : 0;
  const p99AfterMs = p99(after.filter((x) => x.at >= fault.at + FAULT_WINDOW_MS));
  return {
    fault: fault.name,
    failingForS: failingToTheEnd ? null : seconds,
    p99AfterMs,
    met:
      !failingToTheEnd &&
      seconds * 1000 <= FAULT_WINDOW_MS &&
      p99AfterMs <= Math.max(2 * normal, normal + 20),
  };
}

/**
 * The figures of a run. A request or wait counts when it ended (a push sent just before the
 * gateway died fails after): `at + ms`.
 */
export function analyse(started: Sample[], faults: Fault[], endMs: number): SoakFigures {
  const samples = started.map((s) => ({ ...s, at: s.at + s.ms }));
  const errorsByReason: Record<string, number> = {};
  for (const s of samples.filter(failure))
    errorsByReason[s.outcome] = (errorsByReason[s.outcome] ?? 0) + 1;
  const first = faults[0]?.at ?? endMs;
  const inWindow = (s: Sample): boolean =>
    faults.some((f) => s.at >= f.at && s.at < f.at + FAULT_WINDOW_MS);
  const before = samples.filter((s) => s.at < first);
  const normal = p99(before);
  return {
    requests: samples.length,
    errorsByReason,
    lost: (errorsByReason.LOST ?? 0) + (errorsByReason.TIMEOUT ?? 0),
    http500: errorsByReason.HTTP_500 ?? 0,
    p99Ms: {
      before: normal,
      during: p99(samples.filter(inWindow)),
      after: p99(samples.filter((s) => s.at >= first && !inWindow(s))),
    },
    recovery: faults.map((fault, i) =>
      recoveryOf(
        samples,
        { fault, until: faults[i + 1]?.at ?? Infinity, end: faults[i + 1]?.at ?? endMs },
        normal,
      ),
    ),
    timeline: Array.from({ length: Math.ceil(endMs / BUCKET_MS) }, (_, i) => {
      const inBucket = samples.filter((s) => s.at >= i * BUCKET_MS && s.at < (i + 1) * BUCKET_MS);
      return {
        fromS: (i * BUCKET_MS) / 1000,
        samples: inBucket.length,
        failed: inBucket.filter(failure).length,
        p99Ms: Math.round(p99(inBucket)),
      };
    }),
  };
}
