/** How the fuzz tests split the routers between files (vitest runs files in parallel). */
export const SIGN_IN_ROUTERS = ["auth"] as const;
export const FACTOR_ROUTERS = ["totp", "webauthn", "sms", "twoFactor", "backupCodes"] as const;
