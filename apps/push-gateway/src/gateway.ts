import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { JsonWebKey } from "node:crypto";
import { Redis } from "ioredis";
import { WebSocketServer, type WebSocket } from "ws";
import { createVerifier, readDelivery, readTicket } from "./verify";

/** The Redis channel servers publish deliveries on when scaled out. */
export const DELIVERY_CHANNEL = "twofold:push:deliveries";
const MAX_BODY = 64 * 1024;
const PING_MS = 25_000;

export interface GatewayOptions {
  serverPublicKey: JsonWebKey;
  port?: number;
  host?: string;
  /** Scaled out: deliveries come from Redis pub/sub (every gateway hears each one). */
  redisUrl?: string;
}

export interface RunningGateway {
  url: string;
  /** Devices connected now. */
  connections: () => number;
  close: () => Promise<void>;
}

/**
 * The push gateway: no database, no secrets. Devices connect over WebSocket with a ticket the
 * server signed; the server's deliveries (signed too) reach them. It can read neither more than
 * the server let it (no number, no codes) nor forge anything a device or the server accepts.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const check = createVerifier(options.serverPublicKey);
  const sockets = new Map<string, Set<WebSocket>>();

  const deliver = (token: string): number => {
    const delivery = readDelivery(check(token));
    if (!delivery) return -1;
    const message = JSON.stringify({ type: "request", request: delivery.request });
    let sent = 0;
    for (const deviceId of delivery.deviceIds) {
      for (const socket of sockets.get(deviceId) ?? []) {
        socket.send(message);
        sent += 1;
      }
    }
    return sent;
  };

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "").split("?")[0];
    if (req.method === "GET" && path === "/healthz") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ status: "ok", connections: countConnections() }));
      return;
    }
    if (req.method === "POST" && path === "/deliver") {
      readBody(req).then(
        (body) => {
          const sent = body === null ? -1 : deliver(body);
          res.writeHead(sent < 0 ? 400 : 200, { "content-type": "application/json" });
          res.end(JSON.stringify(sent < 0 ? { error: "INVALID_SIGNATURE" } : { delivered: sent }));
        },
        () => {
          res.writeHead(400);
          res.end();
        },
      );
      return;
    }
    res.writeHead(404);
    res.end();
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  server.on("upgrade", (req, socket, head) => {
    const url = new URL(req.url ?? "/", "http://gateway");
    const ticket =
      url.pathname === "/devices"
        ? readTicket(check(url.searchParams.get("ticket") ?? ""), new Date())
        : null;
    if (!ticket) {
      socket.end("HTTP/1.1 401 Unauthorized\r\n\r\n");
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const set = sockets.get(ticket.deviceId) ?? new Set<WebSocket>();
      set.add(ws);
      sockets.set(ticket.deviceId, set);
      let alive = true;
      ws.on("pong", () => (alive = true));
      const ping = setInterval(() => {
        if (!alive) return ws.terminate();
        alive = false;
        ws.ping();
      }, PING_MS);
      ws.on("close", () => {
        clearInterval(ping);
        set.delete(ws);
        if (set.size === 0) sockets.delete(ticket.deviceId);
      });
      ws.send(JSON.stringify({ type: "hello", deviceId: ticket.deviceId }));
    });
  });

  const countConnections = (): number => {
    let n = 0;
    for (const set of sockets.values()) n += set.size;
    return n;
  };

  let redis: Redis | null = null;
  if (options.redisUrl) {
    redis = new Redis(options.redisUrl, { lazyConnect: true, maxRetriesPerRequest: null });
    await redis.connect();
    await redis.subscribe(DELIVERY_CHANNEL);
    redis.on("message", (_channel: string, message: string) => deliver(message));
  }

  // A port in use rejects (with the error's EADDRINUSE code) instead of crashing the process.
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  }).catch((error: unknown) => {
    redis?.disconnect();
    throw error;
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? "127.0.0.1"}:${port}`,
    connections: countConnections,
    close: async () => {
      for (const set of sockets.values()) for (const ws of set) ws.terminate();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      redis?.disconnect();
    },
  };
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolve(null);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
