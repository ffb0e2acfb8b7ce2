export { generateDeviceKeys, signPayload, verifyPayload, type DeviceKeys } from "./crypto";
export {
  answerRequest,
  enrollDevice,
  pendingRequests,
  verifiedRequests,
  type DeviceIdentity,
} from "./device";
export { connectGateway, type GatewayState } from "./gateway";
export type { PushDecision, PushRequestView } from "@twofold/push-protocol";
