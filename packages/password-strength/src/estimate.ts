import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";
import {
  MIN_PASSWORD_SCORE,
  type PasswordHint,
  type PasswordScore,
  type PasswordStrength,
  type PersonalInputs,
} from "./index";

/**
 * The first characters looked at. zxcvbn's cost grows quickly with length (a 256-character
 * password took seconds): a password longer than this is judged by its start, which a
 * passphrase passes and a repeated string does not.
 */
const LOOKED_AT = 64;

/** zxcvbn's l33t matcher tries every substitution: capped, it stays in milliseconds. */
const L33T_SUBSTITUTIONS = 4;

/** Parts of the person's inputs shorter than this are not looked for (an initial, "ab"). */
const PERSONAL_MIN = 3;

type WarningKey = keyof typeof english.translations.warnings;

// zxcvbn answers with the translation of each warning: given each key as its own translation,
// it answers with the key, which is turned into our own hints (translated by our front ends).
const KEYS = {
  warnings: keysOf(english.translations.warnings),
  suggestions: keysOf(english.translations.suggestions),
  timeEstimation: keysOf(english.translations.timeEstimation),
};

const HINT_OF: Record<WarningKey, PasswordHint> = {
  straightRow: "keyboard",
  keyPattern: "keyboard",
  simpleRepeat: "repeated",
  extendedRepeat: "repeated",
  sequences: "sequence",
  recentYears: "date",
  dates: "date",
  topTen: "common",
  topHundred: "common",
  common: "common",
  similarToCommon: "common",
  pwned: "common",
  wordByItself: "words",
  namesByThemselves: "words",
  commonNames: "words",
  userInputs: "personal",
};

// Built once, when this module is first imported (its dictionaries take a moment to rank).
const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...english.dictionary },
  graphs: common.adjacencyGraphs,
  translations: KEYS,
  maxLength: LOOKED_AT,
  l33tMaxSubstitutions: L33T_SUBSTITUTIONS,
});

/**
 * How guessable `password` is, for the person whose `inputs` these are (NIST SP 800-63B: refuse
 * common, breached, repetitive, sequential and context-specific passwords). Length limits are
 * the caller's. A password that holds only thanks to the person's own email or name is refused
 * with `personal`: what remains without them must be strong by itself.
 */
export function estimatePassword(password: string, inputs: PersonalInputs = {}): PasswordStrength {
  const personal = personalParts(inputs);
  const result = zxcvbn.check(password, [...personal, "twofold"]);
  const score = result.score;
  const warning = result.feedback.warning;
  const hint = isWarningKey(warning) ? HINT_OF[warning] : null;
  if (score < MIN_PASSWORD_SCORE) return { score, acceptable: false, hint: hint ?? "guessable" };
  const rest = withoutParts(password, personal);
  if (rest !== password && zxcvbn.check(rest).score < MIN_PASSWORD_SCORE) {
    return {
      score: Math.min(score, MIN_PASSWORD_SCORE - 1) as PasswordScore,
      acceptable: false,
      hint: "personal",
    };
  }
  return { score, acceptable: true, hint: null };
}

/** The email, its local part and its words, the name and its words, lower-cased. */
function personalParts(inputs: PersonalInputs): string[] {
  const parts = new Set<string>();
  const add = (value: string): void => {
    const part = value.trim().toLowerCase();
    if ([...part].length >= PERSONAL_MIN) parts.add(part);
  };
  const email = inputs.email ?? "";
  const local = email.split("@")[0] ?? "";
  for (const value of [email, local, ...local.split(/[._+-]/)]) add(value);
  const name = inputs.displayName ?? "";
  for (const value of [name, name.replace(/\s+/g, ""), ...name.split(/[\s._-]+/)]) add(value);
  return [...parts].sort((a, b) => b.length - a.length);
}

/** `password` with every occurrence of the parts removed, longest first, ignoring case. */
function withoutParts(password: string, parts: readonly string[]): string {
  let rest = password;
  for (const part of parts) {
    const lower = rest.toLowerCase();
    let at = lower.indexOf(part);
    while (at >= 0) {
      rest = rest.slice(0, at) + rest.slice(at + part.length);
      at = rest.toLowerCase().indexOf(part);
    }
  }
  return rest;
}

function keysOf<T extends Record<string, string>>(texts: T): { [K in keyof T]: K } {
  return Object.fromEntries(Object.keys(texts).map((key) => [key, key])) as { [K in keyof T]: K };
}

function isWarningKey(value: string | null): value is WarningKey {
  return value !== null && Object.hasOwn(HINT_OF, value);
}
