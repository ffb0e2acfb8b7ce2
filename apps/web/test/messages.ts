import type { Locale } from "@twofold/i18n";
import { de } from "../src/i18n/de";
import { en, type Messages } from "../src/i18n/en";
import { fr } from "../src/i18n/fr";
import { it } from "../src/i18n/it";

/** Every language's texts at once, for tests that compare them (the app loads one at a time). */
export const MESSAGES: Record<Locale, Messages> = { en, fr, de, it };
