import { config } from "@twofold/eslint-config";

// The payloads server and devices sign for each other: it imports no other workspace package.
export default config();
