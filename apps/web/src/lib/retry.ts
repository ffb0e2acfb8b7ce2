/** How a language says when to try again, and writes a time and a date with its time. */
export interface RetryWords {
  retryAt: (time: string) => string;
  retryOn: (dateTime: string) => string;
  time: (iso: string) => string;
  dateTime: (iso: string) => string;
}

/**
 * When to try again, in words: the time alone when the wait ends today ("Try again after
 * 10:42."), with the day when it ends later (a recovery's wait of days), so that a time alone is
 * never read as "in a few minutes".
 */
export function retrySentence(words: RetryWords, wait: { at: string; now: Date }): string {
  const today = new Date(wait.at).toDateString() === wait.now.toDateString();
  return today ? words.retryAt(words.time(wait.at)) : words.retryOn(words.dateTime(wait.at));
}
