/**
 * Building blocks for tools that seed or inspect a database directly (benchmarks, migrations
 * of data). Front ends and the API never import this: they go through `createTwofold`.
 */
export { seal, open } from "./crypto/secret-box";
export { deriveKeys, type Keys } from "./crypto/keys";
export { hashToken, newToken, newId } from "./crypto/tokens";
export { generateTOTP } from "./totp/otp";
export { hashPassword, verifyPassword } from "./crypto/password";
export { DEFAULT_CONFIG } from "./config";
export { createServerSigner } from "./push/signing";
