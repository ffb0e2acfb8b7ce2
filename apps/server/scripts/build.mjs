// Bundles the server into dist/main.js. Workspace packages (TypeScript sources) are inlined;
// packages with native code or WASM stay external and load from node_modules.
import { build } from "esbuild";

const external = [
  "@electric-sql/pglite",
  "@node-rs/argon2",
  "pg-native",
  "pino",
  "pg",
  "ioredis",
  "web-push",
  "nodemailer",
];

await build({
  entryPoints: ["src/main.ts", "src/sms-outbox.ts", "src/mail-outbox.ts", "src/verify-log.ts"],
  outdir: "dist",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  sourcemap: true,
  external: external.flatMap((name) => [name, `${name}/*`]),
  banner: {
    js: "import { createRequire as __twofoldRequire } from 'node:module'; const require = __twofoldRequire(import.meta.url);",
  },
  logLevel: "warning",
});
