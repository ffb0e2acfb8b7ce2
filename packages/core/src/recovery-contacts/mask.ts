/**
 * Masks an email address for lists and logs: its first character, then "•••", then the domain
 * ("t•••@example.net"). Enough to recognise one's own address, not to learn it.
 */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf("@");
  if (at <= 0) return "•••";
  return `${[...address.slice(0, at)][0] ?? ""}•••${address.slice(at)}`;
}
