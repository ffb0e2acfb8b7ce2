import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { precompress } from "./precompress";

// In development Vite serves the app and hands /trpc (and the OpenID provider's /oidc) to a
// running `apps/server` (port 3000). The build writes .br and .gz beside each text file, which
// the server sends as they are.
const SERVER = { target: "http://127.0.0.1:3000", changeOrigin: false };
export default defineConfig({
  plugins: [react(), precompress()],
  server: {
    port: 5173,
    proxy: { "/trpc": SERVER, "/oidc": SERVER },
  },
  build: { target: "es2022", sourcemap: true },
});
