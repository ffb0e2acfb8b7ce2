export * from "./clock";
export * from "./database";
export * from "./rfc-vectors";
export * from "./otp-app";
export * from "./totp";
export * from "./ports";
export * from "./cbor";
export * from "./webauthn";
