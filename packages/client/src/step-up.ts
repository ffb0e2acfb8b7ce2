import { problemOf } from "./problem";

/**
 * Runs a security change the server may refuse with REAUTH_REQUIRED (no full sign-in in the last
 * minutes). `confirm(text)` asks the person for their password and resolves true once the
 * server accepted it. With `askFirst` the password is asked before the change, with that text
 * (for changes a person should confirm anyway: new backup codes, turning two-step off);
 * otherwise only when the server asks, with `retryText`, and the change is then tried once more.
 * Resolves to null when the person gave up.
 */
export async function runWithStepUp<T>(
  action: () => Promise<T>,
  confirm: (text: string) => Promise<boolean>,
  options: { askFirst?: string; retryText: string },
): Promise<T | null> {
  if (options.askFirst !== undefined && !(await confirm(options.askFirst))) return null;
  try {
    return await action();
  } catch (error) {
    if (problemOf(error).reason !== "REAUTH_REQUIRED") throw error;
    if (!(await confirm(options.retryText))) return null;
    return action();
  }
}
