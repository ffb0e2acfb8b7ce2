import { config } from "@twofold/eslint-config";

// test/authenticator-dist is a built app's fixture (browser files as a build leaves them).
export default [...config(), { ignores: ["test/authenticator-dist/**"] }];
