export {
  DELIVERY_CHANNEL,
  startGateway,
  type GatewayOptions,
  type RunningGateway,
} from "./gateway";
