// The built server as a child process, without loading the server's code into this process
// (what the end-to-end harnesses and the bench take: `@twofold/test-stack/built`).
export {
  BUILT_MAIN,
  startBuiltServer,
  type BuiltServer,
  type StartBuiltServerOptions,
} from "@twofold/server/testing";
