export * from "./keys";
export * from "./master-key";
export * from "./password";
export * from "./secret-box";
export * from "./tokens";
