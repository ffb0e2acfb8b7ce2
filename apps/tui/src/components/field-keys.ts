import type { Key } from "ink";

/**
 * One key for a text field. Ink hands a burst of text (a paste, a password manager's
 * auto-type) to `useInput` as one string that may hold Tab, Enter and Backspace among the
 * letters: `fieldKeys` splits it back into the keys a person would have pressed, in order.
 */
export type FieldKey =
  | { kind: "text"; text: string }
  | { kind: "next" }
  | { kind: "previous" }
  | { kind: "enter" }
  | { kind: "backspace" }
  /** Ctrl+U: everything before the cursor (the cursor is always at the end). */
  | { kind: "clearLine" }
  /** Ctrl+W (or Alt+Backspace): the word before the cursor and the spaces after it. */
  | { kind: "deleteWord" }
  | { kind: "escape" };

/** The raw control characters a burst may carry, as the keys they stand for. */
const CONTROL: Record<string, FieldKey> = {
  "\t": { kind: "next" },
  "\r": { kind: "enter" },
  "\n": { kind: "enter" },
  "\b": { kind: "backspace" },
  "\u007f": { kind: "backspace" },
  "\u0015": { kind: "clearLine" },
  "\u0017": { kind: "deleteWord" },
};

/** The keys one `useInput` event stands for, in the order they were typed. */
export function fieldKeys(input: string, key: Key): FieldKey[] {
  // One key alone: Ink has named it already.
  if (key.escape) return [{ kind: "escape" }];
  if (key.tab) return [{ kind: key.shift ? "previous" : "next" }];
  if (key.downArrow) return [{ kind: "next" }];
  if (key.upArrow) return [{ kind: "previous" }];
  if (key.return) return [{ kind: "enter" }];
  if ((key.backspace || key.delete) && key.meta) return [{ kind: "deleteWord" }];
  if (key.backspace || key.delete) return [{ kind: "backspace" }];
  if (key.ctrl && input === "u") return [{ kind: "clearLine" }];
  if (key.ctrl && input === "w") return [{ kind: "deleteWord" }];
  if (key.ctrl || key.meta || key.leftArrow || key.rightArrow) return [];
  // A burst: character by character; "\r\n" (a pasted Windows line end) is one Enter.
  const keys: FieldKey[] = [];
  let text = "";
  const flush = (): void => {
    if (text) keys.push({ kind: "text", text });
    text = "";
  };
  const chars = Array.from(input.replace(/\r\n/g, "\r"));
  for (const char of chars) {
    const control = CONTROL[char];
    if (control) {
      flush();
      keys.push(control);
    } else if (char >= " " && char !== "\u007f") text += char;
    // Any other control character never reaches a field.
  }
  flush();
  return keys;
}

/** A field's value after one editing key; keys that do not edit leave it as it is. */
export function edited(value: string, key: FieldKey): string {
  switch (key.kind) {
    case "text":
      return value + key.text;
    case "backspace":
      return Array.from(value).slice(0, -1).join("");
    case "clearLine":
      return "";
    case "deleteWord":
      // As a shell's unix-word-rubout: the spaces before the cursor, then the word before them.
      return value.replace(/\S*\s*$/u, "");
    default:
      return value;
  }
}
