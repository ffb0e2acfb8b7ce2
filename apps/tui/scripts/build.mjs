// Bundles the terminal app into one file, dist/cli.js (the `twofold` bin): React in its
// production build and every dependency in one module start much faster than node_modules
// loaded file by file (the first frame is measured by `pnpm bench`).
import { chmodSync } from "node:fs";
import { build } from "esbuild";

await build({
  entryPoints: ["src/cli.tsx"],
  outfile: "dist/cli.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  jsx: "automatic",
  minify: true,
  sourcemap: true,
  define: { "process.env.NODE_ENV": '"production"' },
  // Ink loads the React devtools only when DEV=true; the bin has none (an empty stand-in).
  plugins: [
    {
      name: "no-devtools",
      setup(b) {
        b.onResolve({ filter: /^react-devtools-core$/ }, () => ({
          path: "devtools",
          namespace: "stub",
        }));
        b.onLoad({ filter: /.*/, namespace: "stub" }, () => ({
          contents: "export default { connectToDevTools() {} };",
        }));
      },
    },
  ],
  // Some CommonJS dependencies call require(): give the ESM bundle one.
  banner: {
    js: '#!/usr/bin/env node\nimport { createRequire as __twofoldRequire } from "node:module";\nconst require = __twofoldRequire(import.meta.url);',
  },
  logLevel: "warning",
});
chmodSync("dist/cli.js", 0o755);
