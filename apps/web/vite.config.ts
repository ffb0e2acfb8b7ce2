import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// In development Vite serves the app and hands /trpc to a running `apps/server` (port 3000).
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { "/trpc": { target: "http://127.0.0.1:3000", changeOrigin: false } },
  },
  build: { target: "es2022", sourcemap: true },
});
