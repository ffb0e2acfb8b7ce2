import type { StumblesMessages } from "../i18n/stumbles/en";

/**
 * The server's limits (zod schemas of packages/api) for what a person types, so that a field
 * stops at the same length and says so instead of the server answering INVALID_INPUT.
 */
export const FIELD_LIMITS = {
  /** `labelInput`: a method's or an application password's name. */
  label: 64,
  /** `auth.signUp`'s `displayName`. */
  displayName: 100,
  /** An address: RFC 5321's 254 characters, as the server checks it. */
  email: 254,
} as const;

/** The share of the limit from which a field shows its count. */
const NEAR = 0.8;

/** Whether a field's count is worth showing: near or at its limit. */
export function nearLimit(length: number, max: number): boolean {
  return length >= Math.floor(max * NEAR);
}

// The server's own check, simplified: one @, something on each side, a dot in the domain.
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;

/** What is wrong with a typed value, before asking the server; null when nothing is. */
export type FieldMistake = "EMPTY" | "TOO_LONG" | "NOT_EMAIL";

/** Checks one value the way the server will. */
export function mistakeOf(options: {
  value: string;
  max: number;
  email?: true;
}): FieldMistake | null {
  const value = options.value.trim();
  if (value === "") return "EMPTY";
  if (value.length > options.max) return "TOO_LONG";
  if (options.email && !EMAIL.test(value)) return "NOT_EMAIL";
  return null;
}

/** The sentence for a mistake, naming the field (`words` is `t.stumbles`). */
export function mistakeSentence(options: {
  words: StumblesMessages["stumbles"];
  mistake: FieldMistake;
  field: string;
  max: number;
}): string {
  const { words, mistake, field, max } = options;
  if (mistake === "EMPTY") return words.empty(field);
  if (mistake === "TOO_LONG") return words.tooLong(field, max);
  return words.email(field);
}
