import { useSyncExternalStore } from "react";
import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from "react";
import type { AppPath } from "./paths";

export { PATHS, type AppPath } from "./paths";

const listeners = new Set<() => void>();
/** The path on screen, to go back to when the guard refuses a Back or Forward. */
let shown = window.location.pathname;
/** Asked before the page changes (true lets it change); one at a time. */
let guard: (() => boolean) | null = null;

function notify(): void {
  shown = window.location.pathname;
  for (const listener of listeners) listener();
}

window.addEventListener("popstate", () => {
  if (window.location.pathname !== shown && !mayLeave()) {
    window.history.pushState(null, "", shown);
    return;
  }
  notify();
});

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/** The address's query (`?interaction=…`), read again at each page change. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, () => window.location.search);
}

/** Registers the question asked before leaving the page; returns its removal. */
export function setNavigationGuard(allow: () => boolean): () => void {
  guard = allow;
  return () => {
    if (guard === allow) guard = null;
  };
}

/** Whether the page may be left now (asks the guard, if there is one). */
export function mayLeave(): boolean {
  return guard === null || guard();
}

/** Goes to `path` unless the guard refuses; `asked` when the caller already asked it. */
export function navigate(
  path: AppPath,
  options: { replace?: boolean; asked?: boolean } = {},
): void {
  if (window.location.pathname === path) return;
  if (!options.asked && !mayLeave()) return;
  if (options.replace) window.history.replaceState(null, "", path);
  else window.history.pushState(null, "", path);
  window.scrollTo(0, 0);
  notify();
}

/** Replaces the address's query on this page (a filter kept in the URL), no new history entry. */
export function setSearch(search: string): void {
  const query = search === "" || search.startsWith("?") ? search : `?${search}`;
  if (window.location.search === query) return;
  window.history.replaceState(null, "", `${window.location.pathname}${query}`);
  notify();
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & {
  to: AppPath;
  children: ReactNode;
};

/** A real link (opens in a new tab, shows its address) that navigates without a reload. */
export function Link({ to, children, onClick, ...rest }: LinkProps): ReactNode {
  const follow = (event: MouseEvent<HTMLAnchorElement>): void => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={follow} {...rest}>
      {children}
    </a>
  );
}
