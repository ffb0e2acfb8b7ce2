import { config } from "@twofold/eslint-config";

export default config();
