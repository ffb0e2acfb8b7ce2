import { useEffect, useRef, useState } from "react";

/**
 * Calls `action` once the changes made with it are on screen. A field's Enter can arrive in
 * the same burst as the text before it: the screen's submit must see the new value, and the
 * function it renders with next is the one that does (the one at hand still holds the old).
 */
export function useAfterRender(action: (() => void) | undefined): () => void {
  const latest = useRef(action);
  latest.current = action;
  const [asked, setAsked] = useState(0);
  const done = useRef(0);
  useEffect(() => {
    if (asked === done.current) return;
    done.current = asked;
    latest.current?.();
  }, [asked]);
  return () => setAsked((n) => n + 1);
}
