export * from "./clock";
export * from "./database";
export * from "./rfc-vectors";
