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

export interface SoakFigures {
  requests: number;
  /** Outcome -> count, every request and flow step that did not succeed. */
  errorsByReason: Record<string, number>;
  /** Refused or dropped at the socket, or no answer in time. */
  lost: number;
  http500: number;
  p99Ms: { before: number; during: number; after: number };
  /** Per fault: seconds until every second was clean again and its p99 back to normal. */
  recovery: { fault: string; seconds: number | null }[];
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
 * The first second after `fault` from which every later second up to `until` has no failure
 * and a p99 within twice the p99 before the faults (and 20 ms): the time the system took to
 * be back to normal; null when it never was.
 */
function recoverySeconds(
  samples: Sample[],
  fault: number,
  until: number,
  normal: number,
): number | null {
  const limit = Math.max(2 * normal, normal + 20);
  // Whole seconds only: a second cut short by the end (or the next fault) proves nothing.
  const seconds = Math.floor((until - fault) / 1000);
  let clean: number | null = null;
  for (let s = seconds - 1; s >= 0; s -= 1) {
    const from = fault + s * 1000;
    const inSecond = samples.filter((x) => x.at >= from && x.at < from + 1000);
    const bad = inSecond.some(failure) || (inSecond.length > 0 && p99(inSecond) > limit);
    if (bad) break;
    clean = s;
  }
  return clean;
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
    recovery: faults.map((f, i) => ({
      fault: f.name,
      seconds: recoverySeconds(samples, f.at, faults[i + 1]?.at ?? endMs, normal),
    })),
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
