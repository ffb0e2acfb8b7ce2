import { startGateway, type RunningGateway } from "@twofold/push-gateway";

export interface GatewayForOptions {
  /** The gateways' shared Redis, for more than one of them. */
  redisUrl?: string;
}

/** A push gateway that trusts the server at `serverUrl` (its public key, as an operator sets it). */
export async function startGatewayFor(
  serverUrl: string,
  options: GatewayForOptions = {},
): Promise<RunningGateway> {
  const { publicKey } = (await (await fetch(`${serverUrl}/push/public-key`)).json()) as {
    publicKey: Record<string, string>;
  };
  return startGateway({
    serverPublicKey: publicKey,
    ...(options.redisUrl && { redisUrl: options.redisUrl }),
  });
}
