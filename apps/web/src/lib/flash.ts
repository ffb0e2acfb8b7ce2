let pending: string | null = null;

/** A one-line message for the next page to show ("Pixel phone was added."), read once. */
export function setFlash(message: string): void {
  pending = message;
}

export function takeFlash(): string | null {
  const message = pending;
  pending = null;
  return message;
}
