// The one door through which the tests of the front ends, the device package and the bench reach
// the apps they run against: a server (built, or in this process) and a push gateway. No
// package and no app imports another app; this private package may, that is its point.
export {
  BUILT_MAIN,
  startBuiltServer,
  type BuiltServer,
  type StartBuiltServerOptions,
} from "./built";
export {
  devicesUrl,
  readEnv,
  startServer,
  type RunningServer,
  type StartOptions,
  verifyExport,
  type ExportVerdict,
} from "@twofold/server";
export { startGateway, type RunningGateway } from "@twofold/push-gateway";
export { startTestServer, type TestServer } from "./in-process";
export { startGatewayFor, type GatewayForOptions } from "./gateway";
export { confirmedSignUp, tokenOf, waitForSignUpCode, type SignUpApi } from "./sign-up";
