/** Wrong, extreme and plausible values, to put in place of an input or any of its fields. */
import fc from "fast-check";
import type { Known } from "./people";
import { NIL_UUID } from "./samples";

/** Text that breaks naive code: controls, lone surrogates, bidi, look-alike digits, injections. */
const NASTY_TEXT = [
  "",
  " ",
  "\u0000",
  "123\u0000456",
  "\uD800",
  "\uDFFF\uD800",
  "\u202E123456",
  "\uFEFF123456",
  "\u200B",
  "１２３４５６",
  "١٢٣٤٥٦",
  "𝟏𝟐𝟑𝟒𝟓𝟔",
  "123 456",
  " 123456 ",
  "123456\n",
  "12345\t6",
  "e\u0301",
  "🔑".repeat(16),
  "'; drop table accounts; --",
  "' or '1'='1",
  "\\",
  '"',
  "%00",
  "${7*7}",
  "{{7*7}}",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "null",
  "undefined",
  "NaN",
  "-1",
  "0",
  "1e309",
  "true",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "x".repeat(65),
  "x".repeat(257),
  "x".repeat(1025),
];

const NASTY_NUMBERS = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  -1,
  0,
  0.5,
  99,
  100,
  2 ** 31,
  2 ** 53,
  -(2 ** 53),
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e21,
];

/** Strings of 1,000 to ~70,000 characters (a tiny piece repeated: cheap to make). */
const hugeString = fc
  .tuple(
    fc.oneof(fc.string({ unit: "binary", minLength: 1, maxLength: 3 }), fc.constantFrom("x", "1")),
    fc.integer({ min: 1_000, max: 70_000 }),
    fc.constantFrom("", "123456", "a@b.ch", `${NIL_UUID}-`),
  )
  .map(([piece, length, prefix]) => prefix + piece.repeat(Math.ceil(length / piece.length)));

/** Arrays or objects nested thousands deep: code that recurses over input would overflow. */
const deeplyNested = fc
  .tuple(fc.integer({ min: 50, max: 10_000 }), fc.boolean())
  .map(([depth, arrays]) => {
    let value: unknown = "x";
    for (let i = 0; i < depth; i += 1) value = arrays ? [value] : { a: value };
    return value;
  });

/** Lone halves of surrogate pairs: valid JS strings that are no valid Unicode (nor UTF-8). */
const loneSurrogates = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
    fc.constantFrom("a", "1", "-"),
  ),
  minLength: 1,
  maxLength: 12,
});

const weirdString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_TEXT) },
  { weight: 1, arbitrary: loneSurrogates },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.constantFrom("\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "a", "1"),
    }),
  },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
);

const weirdNumber = fc.oneof(
  fc.constantFrom(...NASTY_NUMBERS),
  fc.double(),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
);

/** Objects whose own keys are dangerous names (`__proto__` as an own key, as JSON.parse makes). */
const pollutingObject = fc
  .tuple(fc.constantFrom("__proto__", "constructor", "prototype", "toString"), fc.jsonValue())
  .map(
    ([key, value]) => JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value)}}`) as unknown,
  );

/** A wrong or extreme value of any kind. */
export const edgeValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: weirdString },
  { weight: 2, arbitrary: weirdNumber },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 1,
    arbitrary: fc.anything({
      maxDepth: 3,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withNullPrototype: true,
      withObjectString: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
      stringUnit: "binary",
    }),
  },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: deeplyNested },
  { weight: 1, arbitrary: pollutingObject },
  {
    weight: 1,
    arbitrary: fc.constantFrom(null, undefined, true, false, [], {}, [null], new Date(Number.NaN)),
  },
);

/** What a string field gets: mostly text that breaks naive code, sometimes anything. */
export const stringEdge = fc.oneof(
  { weight: 4, arbitrary: weirdString },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: edgeValue },
);

/** Values a client could well send: real ids and codes of the database, valid formats. */
export function plausibleValue(live: () => Known): fc.Arbitrary<unknown> {
  const real = fc.nat().map((i): string => {
    const values = Object.values<string>({ ...live() });
    return values[i % values.length] ?? "";
  });
  const plausibleString = fc.oneof(
    { weight: 3, arbitrary: real },
    { weight: 1, arbitrary: fc.constantFrom(NIL_UUID, "123456", "abcd-efgh-jkmn", "AAAA", "e30") },
    { weight: 1, arbitrary: fc.constantFrom("totp", "sms", "push", "webauthn", "backup_code") },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.stringMatching(/^\d{6,8}$/) },
    { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/) },
    { weight: 1, arbitrary: fc.emailAddress() },
    { weight: 1, arbitrary: fc.string({ maxLength: 70 }) },
  );
  return fc.oneof(
    { weight: 6, arbitrary: plausibleString },
    { weight: 1, arbitrary: fc.integer({ min: -2, max: 1000 }) },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.array(plausibleString, { maxLength: 4 }) },
  );
}

export const extraKey = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "admin", "accountId", "id", "role", "$where"),
  fc.string({ maxLength: 12 }),
);
