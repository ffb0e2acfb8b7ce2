/** Input generators: anything at all, real keys holding wrong values, and broken samples. */
import fc from "fast-check";
import { edgeValue, extraKey, plausibleValue, stringEdge } from "./edge-values";
import type { Known } from "./people";
import type { ProcedureInfo } from "./procedures";
import { sampleInput } from "./samples";

type Key = string | number;
type Path = readonly Key[];

/** Every path into a sample (objects, arrays and leaves), the root left out. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    return [path, ...pathsOf(child, path)];
  });
}

/** Sets an own property, even one named `__proto__` (plain assignment would set the prototype). */
function define(target: object, key: Key, value: unknown): void {
  Reflect.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** The objects and arrays of a fresh sample: the only ones an edit may change. */
function nodesOf(value: unknown, into = new Set<object>()): Set<object> {
  if (typeof value !== "object" || value === null) return into;
  into.add(value);
  for (const child of Object.values(value)) nodesOf(child, into);
  return into;
}

/** The node a path leads to in a fresh sample (a plain object tree), or undefined. */
function nodeAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) node = (node as Record<Key, unknown> | undefined)?.[key];
  return node;
}

type Edit =
  | { kind: "replace"; value: unknown }
  | { kind: "delete" }
  | { kind: "extra"; key: string; value: unknown };

/**
 * A sample with one edit applied at one path. Only the sample's own nodes are changed: a value
 * an earlier edit put in belongs to fast-check (it may be shared between runs).
 */
function edited(sample: unknown, path: Path, edit: Edit, own: Set<object>): unknown {
  if (path.length === 0 && edit.kind === "replace") return edit.value;
  const parent = nodeAt(sample, path.slice(0, -1));
  const key = path[path.length - 1];
  if (typeof parent !== "object" || parent === null || !own.has(parent)) return sample;
  if (edit.kind === "extra") {
    const target = nodeAt(sample, path);
    define(
      typeof target === "object" && target !== null && own.has(target) ? target : parent,
      edit.key,
      edit.value,
    );
  } else if (key === undefined) {
    return sample;
  } else if (edit.kind === "replace") {
    define(parent, key, edit.value);
  } else if (Array.isArray(parent)) {
    parent.splice(Number(key), 1);
  } else {
    delete (parent as Record<Key, unknown>)[key];
  }
  return sample;
}

/** One edit at one path; a string is mostly replaced by other text. */
function editAt(path: Path, original: unknown, live: () => Known): fc.Arbitrary<[Path, Edit]> {
  const replace = (value: unknown): Edit => ({ kind: "replace", value });
  const edit: fc.Arbitrary<Edit> = fc.oneof(
    { weight: 4, arbitrary: (typeof original === "string" ? stringEdge : edgeValue).map(replace) },
    { weight: 4, arbitrary: plausibleValue(live).map(replace) },
    { weight: 1, arbitrary: fc.constant<Edit>({ kind: "delete" }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(extraKey, fc.oneof(edgeValue, fc.constant(true)))
        .map(([key, value]): Edit => ({ kind: "extra", key, value })),
    },
  );
  return edit.map((e) => [path, e]);
}

/** The procedure's sample with one or two of its fields replaced, removed, or an unknown added. */
function mutatedSample(procedure: ProcedureInfo, live: () => Known): fc.Arbitrary<unknown> {
  const shape = sampleInput(procedure, live());
  const paths: Path[] = [[], ...pathsOf(shape)];
  const pathEdit = fc.oneof(...paths.map((path) => editAt(path, nodeAt(shape, path), live)));
  return fc.array(pathEdit, { minLength: 1, maxLength: 2 }).map((edits) => {
    const sample = sampleInput(procedure, live());
    const own = nodesOf(sample);
    return edits.reduce<unknown>((input, [path, e]) => edited(input, path, e, own), sample);
  });
}

/** An object of the procedure's real input keys (some left out), each holding a wrong value. */
function keyedObject(procedure: ProcedureInfo): fc.Arbitrary<unknown> {
  const keys = procedure.keys.length > 0 ? procedure.keys : ["input"];
  const record = fc.record(Object.fromEntries(keys.map((key) => [key, edgeValue])), {
    requiredKeys: [],
  });
  return fc
    .tuple(record, fc.dictionary(extraKey, edgeValue, { maxKeys: 2 }), fc.boolean())
    .map(([known, extra, withExtra]) => (withExtra ? { ...extra, ...known } : known));
}

/**
 * Inputs for one procedure: any JSON or JS value, its real keys with wrong values, its sample
 * with fields broken, and (now and then) its sample as it is, so successes happen too.
 */
export function inputArbitrary(procedure: ProcedureInfo, live: () => Known): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.jsonValue() },
    { weight: 2, arbitrary: edgeValue },
    { weight: 3, arbitrary: keyedObject(procedure) },
    { weight: 12, arbitrary: mutatedSample(procedure, live) },
    { weight: 1, arbitrary: fc.constant(null).map(() => sampleInput(procedure, live())) },
  );
}
