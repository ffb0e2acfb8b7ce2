import { config } from "@twofold/eslint-config";

// The gateway carries signed payloads: never the engine or the database.
export default config({ allow: ["@twofold/push-protocol"] });
