// WCAG 2.5.8 (target size, minimum): every control a finger taps is at least 24 by 24 CSS px.
import type { Page } from "playwright-core";

const MIN = 24;

/**
 * The visible interactive elements of the page smaller than 24x24 px, each as
 * "tag 'text' WxH". Links inside a sentence are the rule's own exception and are left out.
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary";
    const small: string[] = [];
    for (const element of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const style = getComputedStyle(element);
      if (style.visibility === "hidden") continue;
      // A link in running text (a sentence around it): the inline exception of the rule.
      const parent = element.parentElement;
      const inSentence =
        element.tagName === "A" &&
        style.display === "inline" &&
        parent !== null &&
        (parent.textContent ?? "").trim() !== (element.textContent ?? "").trim();
      if (inSentence) continue;
      if (box.width < min || box.height < min) {
        const name = (element.textContent ?? element.getAttribute("aria-label") ?? "").trim();
        small.push(
          `${element.tagName.toLowerCase()} '${name.slice(0, 30)}' ${Math.round(box.width)}x${Math.round(box.height)}`,
        );
      }
    }
    return small;
  }, MIN);
}
