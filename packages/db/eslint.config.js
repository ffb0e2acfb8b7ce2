import { config } from "@twofold/eslint-config";

// db is the bottom layer: it imports no other workspace package.
export default config();
