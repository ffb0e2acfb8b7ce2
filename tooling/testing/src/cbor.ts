/**
 * A minimal CBOR (RFC 8949) encoder: just enough for WebAuthn attestation objects and COSE keys.
 *
 * Maps are JS `Map`s so that their keys keep insertion order (a plain object would move
 * integer-like keys to the front) and so that integer keys stay integers. Only definite lengths,
 * no floats, no tags.
 */
export type CborValue =
  number | string | boolean | null | Uint8Array | readonly CborValue[] | CborMap;

export type CborMap = ReadonlyMap<number | string, CborValue>;

const MAJOR_UNSIGNED = 0;
const MAJOR_NEGATIVE = 1;
const MAJOR_BYTES = 2;
const MAJOR_TEXT = 3;
const MAJOR_ARRAY = 4;
const MAJOR_MAP = 5;

/** The initial byte(s) of an item: major type and its argument in the shortest form. */
function head(major: number, argument: number, out: number[]): void {
  if (!Number.isSafeInteger(argument) || argument < 0) {
    throw new RangeError(`CBOR: argument out of range: ${argument}`);
  }
  const type = major << 5;
  if (argument < 24) {
    out.push(type | argument);
  } else if (argument <= 0xff) {
    out.push(type | 24, argument);
  } else if (argument <= 0xffff) {
    out.push(type | 25, argument >>> 8, argument & 0xff);
  } else if (argument <= 0xffffffff) {
    out.push(
      type | 26,
      (argument >>> 24) & 0xff,
      (argument >>> 16) & 0xff,
      (argument >>> 8) & 0xff,
      argument & 0xff,
    );
  } else {
    const bytes = new Uint8Array(8);
    new DataView(bytes.buffer).setBigUint64(0, BigInt(argument));
    out.push(type | 27, ...bytes);
  }
}

function encodeInto(value: CborValue, out: number[]): void {
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) throw new RangeError(`CBOR: not a safe integer: ${value}`);
    if (value >= 0) head(MAJOR_UNSIGNED, value, out);
    else head(MAJOR_NEGATIVE, -1 - value, out);
  } else if (typeof value === "string") {
    const bytes = new TextEncoder().encode(value);
    head(MAJOR_TEXT, bytes.length, out);
    for (const b of bytes) out.push(b);
  } else if (typeof value === "boolean") {
    out.push(value ? 0xf5 : 0xf4);
  } else if (value === null) {
    out.push(0xf6);
  } else if (value instanceof Uint8Array) {
    head(MAJOR_BYTES, value.length, out);
    for (const b of value) out.push(b);
  } else if (isMap(value)) {
    head(MAJOR_MAP, value.size, out);
    for (const [key, item] of value) {
      encodeInto(key, out);
      encodeInto(item, out);
    }
  } else {
    head(MAJOR_ARRAY, value.length, out);
    for (const item of value) encodeInto(item, out);
  }
}

function isMap(value: CborMap | readonly CborValue[]): value is CborMap {
  return value instanceof Map;
}

/** The CBOR encoding of `value`; maps are encoded in their insertion order. */
export function cborEncode(value: CborValue): Uint8Array {
  const out: number[] = [];
  encodeInto(value, out);
  return Uint8Array.from(out);
}
