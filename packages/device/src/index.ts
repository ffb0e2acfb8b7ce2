export { generateDeviceKeys, signPayload, verifyPayload, type DeviceKeys } from "./crypto";
export {
  answerRequest,
  enrollDevice,
  pendingRequests,
  subscribeWebPush,
  verifiedRequests,
  type DeviceIdentity,
} from "./device";
export { offlineCode } from "./offline-code";
export { connectGateway, type GatewayState } from "./gateway";
export type { PushDecision, PushRequestView } from "@twofold/push-protocol";
