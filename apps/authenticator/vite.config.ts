import { defineConfig } from "vite";
import { inlineShell } from "./scripts/inline-shell";

// The React API through preact/compat (the whole app stays under 60 KB gzipped). Served by the
// server under /authenticator/; in development /trpc goes to a running apps/server (port 3000).
// The built entry script and styles sit inside index.html (one request on a slow network), the
// lazy chunks at the root of dist/ beside it.
export default defineConfig({
  base: "/authenticator/",
  plugins: [inlineShell()],
  resolve: {
    alias: [
      { find: /^react\/jsx-runtime$/, replacement: "preact/jsx-runtime" },
      { find: /^react\/jsx-dev-runtime$/, replacement: "preact/jsx-dev-runtime" },
      { find: /^react-dom\/client$/, replacement: "preact/compat/client" },
      { find: /^react-dom$/, replacement: "preact/compat" },
      { find: /^react$/, replacement: "preact/compat" },
    ],
  },
  server: {
    port: 5174,
    proxy: { "/trpc": { target: "http://127.0.0.1:3000", changeOrigin: false } },
  },
  preview: {
    proxy: {
      "/trpc": { target: process.env.TWOFOLD_SERVER ?? "http://127.0.0.1:3000" },
    },
  },
  build: { target: "es2022", sourcemap: true, assetsDir: "" },
});
