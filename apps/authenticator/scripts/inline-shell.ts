import type { Plugin } from "vite";

/**
 * Puts the app's entry script and its style sheet inside index.html, so that a first visit on a
 * slow phone network is one request, not two in a row (on "Fast 3G" each costs 562.5 ms before a
 * byte arrives). The server allows exactly these inline blocks by their SHA-256 in its CSP
 * (`apps/server/src/inline-hashes.ts`), so `script-src` stays without 'unsafe-inline'.
 *
 * The entry's lazy imports (the camera scanner) are made absolute under `base`: an inline
 * module resolves a relative import against the page's address, which may be any path under
 * the app. A static import of another chunk would add the second request back, so the build
 * refuses it.
 */
export function inlineShell(): Plugin {
  let base = "/";
  return {
    name: "twofold-inline-shell",
    apply: "build",
    enforce: "post",
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const page = bundle["index.html"];
      if (!page || page.type !== "asset") return;
      let html = String(page.source);
      for (const [fileName, output] of Object.entries(bundle)) {
        const url = `${base}${fileName}`;
        if (output.type === "chunk" && output.isEntry) {
          if (output.imports.length > 0)
            this.error(`the entry imports ${output.imports.join(", ")}: a second request`);
          const code = output.code
            .replace(/\bimport\(([`"'])\.\//g, (_match, quote: string) => `import(${quote}${base}`)
            .replace(/<\/script/gi, "<\\/script")
            .replace(/\/\/# sourceMappingURL=.*$/m, "");
          html = replaceTag(html, scriptTag(url), `<script type="module">${code}</script>`);
          delete bundle[fileName];
          delete bundle[`${fileName}.map`];
        } else if (output.type === "asset" && fileName.endsWith(".css") && html.includes(url)) {
          const css = String(output.source).replace(/<\/style/gi, "<\\/style");
          html = replaceTag(html, styleTag(url), `<style>${css}</style>`);
          delete bundle[fileName];
        }
      }
      page.source = html;
    },
  };
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const scriptTag = (url: string): RegExp =>
  new RegExp(`<script type="module"[^>]*src="${escape(url)}"[^>]*></script>`);
const styleTag = (url: string): RegExp =>
  new RegExp(`<link rel="stylesheet"[^>]*href="${escape(url)}"[^>]*>`);

/** Replaces the one tag `pattern` finds; a build whose HTML lacks it fails rather than ships. */
function replaceTag(html: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(html)) throw new Error(`inline-shell: ${String(pattern)} not in index.html`);
  return html.replace(pattern, () => replacement);
}
