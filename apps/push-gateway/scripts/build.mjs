// Bundles the gateway into dist/main.js; npm dependencies load from node_modules.
import { build } from "esbuild";

await build({
  entryPoints: ["src/main.ts"],
  outfile: "dist/main.js",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  sourcemap: true,
  external: ["ws", "ioredis", "bufferutil", "utf-8-validate"],
  logLevel: "warning",
});
