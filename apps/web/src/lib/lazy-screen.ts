import { lazy, type ComponentType, type LazyExoticComponent } from "react";

/**
 * A page loaded when it is first shown, not with the first page: its script is a chunk of its
 * own. `load` imports the page's module and picks the component (the screens export by name).
 */
export function lazyScreen<P extends object>(
  load: () => Promise<ComponentType<P>>,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(async () => ({ default: await load() }));
}
