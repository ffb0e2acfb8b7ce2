import { config } from "@twofold/eslint-config";

export default config({
  forbid: [
    {
      pattern: "@twofold/api",
      message: "core never imports api: arrows go apps -> api -> core -> db.",
    },
    { pattern: "@twofold/server", message: "core never imports an app." },
    { pattern: "@trpc/*", message: "core knows no HTTP or tRPC." },
  ],
});
