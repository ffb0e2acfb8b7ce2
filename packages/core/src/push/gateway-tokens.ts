import type { JsonWebKey } from "node:crypto";
import {
  encodeSigned,
  type Delivery,
  type GatewayTicket,
  type PushRequestView,
} from "@twofold/push-protocol";
import type { Deps } from "../deps";
import { createServerSigner } from "./signing";

const TICKET_DAYS = 30;

/** A device's ticket to the gateways: which device, until when; signed by the server. */
export function gatewayTicket(deps: Deps, deviceId: string): string {
  const exp = new Date(deps.clock.now().getTime() + TICKET_DAYS * 86_400_000).toISOString();
  const ticket: GatewayTicket = { kind: "twofold/gateway-ticket/v1", deviceId, exp };
  return encodeSigned(ticket, createServerSigner(deps.keys.pushSigning).sign);
}

/** A request for the gateways to deliver to these devices; signed so none can be forged. */
export function signedDelivery(deps: Deps, deviceIds: string[], request: PushRequestView): string {
  const delivery: Delivery = { kind: "twofold/delivery/v1", deviceIds, request };
  return encodeSigned(delivery, createServerSigner(deps.keys.pushSigning).sign);
}

/** The key gateways and devices check the server's signatures with. */
export function serverPublicKey(deps: Deps): JsonWebKey {
  return createServerSigner(deps.keys.pushSigning).publicKey;
}
