export { generateDeviceKeys, signPayload, verifyPayload, type DeviceKeys } from "./crypto";
export {
  answerRequest,
  enrollDevice,
  pendingRequests,
  verifiedRequests,
  type DeviceIdentity,
} from "./device";
export type { PushDecision, PushRequestView } from "@twofold/push-protocol";
