import { defineConfig } from "vite";

// The service worker: its own build (one classic script, no chunks) to dist/sw.js, so it can
// import @twofold/device and push-protocol and still be registered at /authenticator/sw.js.
export default defineConfig({
  build: {
    target: "es2022",
    emptyOutDir: false,
    sourcemap: true,
    lib: {
      entry: "src/sw/sw.ts",
      formats: ["iife"],
      name: "twofoldServiceWorker",
      fileName: () => "sw.js",
    },
  },
});
