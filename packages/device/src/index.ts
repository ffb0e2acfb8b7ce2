// Browser-safe: no Buffer, no ws, no node: imports (the phone app bundles this entry). The
// terminal's adapters are in ./node.ts (`@twofold/device/node`).
export {
  cryptoKeySigner,
  generateNonExtractableKey,
  publicJwk,
  verifyPayload,
  type DeviceSigner,
  type PublicKeyJwk,
} from "./crypto";
export {
  answerRequest,
  enrollDevice,
  isServerSigned,
  pendingRequests,
  removeDevice,
  requestStatus,
  subscribeWebPush,
  verifiedRequests,
  type Device,
  type DeviceEnrollment,
  type RequestState,
} from "./device";
export { offlineCode } from "./offline-code";
export { RETRY_PAUSES_MS, sendUntilDelivered, type Delivery } from "./retry";
export { cancelRecovery, recoveryStatus, type DeviceRecoveryStatus } from "./recovery";
export {
  connectGateway,
  type GatewaySocket,
  type GatewaySocketConstructor,
  type GatewayState,
} from "./gateway";
export type { PushDecision, PushRequestView } from "@twofold/push-protocol";
