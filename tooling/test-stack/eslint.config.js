import { config } from "@twofold/eslint-config";

// The one door from tests to the apps: it alone may import the server and the gateway (only
// tests and the bench import it; it is private and never shipped).
export default [...config(), { rules: { "@typescript-eslint/no-restricted-imports": "off" } }];
