import type { DescribeEvent } from "@twofold/core";
import { describeEvent, pickLocale } from "@twofold/i18n";

/**
 * An event in words in the account's language: the sentences the web and terminal show, so a
 * downloaded log reads as the page does. A language Twofold does not speak reads in English.
 */
export const eventText: DescribeEvent = (locale, event) =>
  describeEvent(pickLocale([locale]), event);
