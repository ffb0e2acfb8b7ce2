import { useSyncExternalStore } from "react";

/**
 * A phone or a tablet: the main pointer is a finger. Such a device cannot scan a QR code on its
 * own screen (a touch-screen laptop keeps a fine main pointer, and its camera cannot either).
 */
export const TOUCH_DEVICE = "(pointer: coarse)";

/** Does the media query match now? Re-renders when the answer changes. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (changed) => {
      const list = globalThis.matchMedia(query);
      list.addEventListener("change", changed);
      return () => list.removeEventListener("change", changed);
    },
    () => globalThis.matchMedia(query).matches,
  );
}
