import { config } from "@twofold/eslint-config";

// How guessable a password is, the same for the server and the web meter: no workspace package.
export default config();
