import type { PushRequestView } from "@twofold/push-protocol";
import { verifiedRequests } from "./device";

export type GatewayState = "connecting" | "connected" | "disconnected";

/** What connectGateway needs of a WebSocket: the browser's and `ws`'s both have it. */
export interface GatewaySocket {
  addEventListener(type: "open" | "close" | "error", listener: () => void): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
  close(): void;
}
export type GatewaySocketConstructor = new (url: string) => GatewaySocket;

/** Text of a message: a string from a browser's WebSocket and from `ws` (text frames). */
function messageText(data: unknown): string | null {
  if (typeof data === "string") return data;
  if (data instanceof ArrayBuffer) return new TextDecoder().decode(data);
  if (data instanceof Uint8Array) return new TextDecoder().decode(data);
  return null;
}

/**
 * Stays connected to the push gateway: each request it brings is checked against the server's
 * signature before `onRequest` sees it. Reconnects with a growing pause; `onState("connected")`
 * is the moment to ask the server for requests missed while away. `WebSocket` is the runtime's
 * constructor (the browser's global; `ws` in Node, see `@twofold/device/node`).
 */
export function connectGateway(
  device: { gatewayUrl: string | null; gatewayTicket: string; serverPublicKey: JsonWebKey },
  handlers: {
    WebSocket: GatewaySocketConstructor;
    onRequest: (request: PushRequestView) => void;
    onState?: (state: GatewayState) => void;
  },
): { close: () => void } {
  let closed = false;
  let socket: GatewaySocket | null = null;
  let pause = 500;
  const open = (): void => {
    if (closed || !device.gatewayUrl) return;
    handlers.onState?.("connecting");
    const url = `${device.gatewayUrl}?ticket=${encodeURIComponent(device.gatewayTicket)}`;
    const ws = new handlers.WebSocket(url);
    socket = ws;
    ws.addEventListener("open", () => {
      pause = 500;
      handlers.onState?.("connected");
    });
    ws.addEventListener("message", (event) => {
      let message: unknown;
      try {
        const text = messageText(event.data);
        if (text === null) return;
        message = JSON.parse(text);
      } catch {
        return;
      }
      const m = message as { type?: unknown; request?: PushRequestView };
      if (m.type !== "request" || !m.request) return;
      void verifiedRequests(device, [m.request]).then((ok) => ok.forEach(handlers.onRequest));
    });
    ws.addEventListener("error", () => undefined);
    ws.addEventListener("close", () => {
      if (closed) return;
      handlers.onState?.("disconnected");
      setTimeout(open, pause);
      pause = Math.min(pause * 2, 15_000);
    });
  };
  open();
  return {
    close: () => {
      closed = true;
      socket?.close();
    },
  };
}
