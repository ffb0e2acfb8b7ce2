import { SmsSendError } from "../sender";

/**
 * Posts to a provider and resolves on a 2xx answer. A refusal, a timeout or an unreachable
 * provider throws SmsSendError naming the provider and status, never the message sent.
 */
export async function postToProvider(
  provider: string,
  url: string,
  init: { headers: Record<string, string>; body: string; timeoutMs: number },
): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: init.headers,
      body: init.body,
      signal: AbortSignal.timeout(init.timeoutMs),
      redirect: "error",
    });
  } catch (cause) {
    // Past the timeout the request may have reached the provider: it may send it still.
    const timedOut = cause instanceof Error && cause.name === "TimeoutError";
    throw new SmsSendError(
      provider,
      null,
      timedOut ? `${provider} did not answer in time` : `${provider} could not be reached`,
      { cause, maybeSent: timedOut },
    );
  }
  if (response.ok) {
    await response.body?.cancel();
    return;
  }
  const detail = await providerError(response);
  throw new SmsSendError(
    provider,
    response.status,
    `${provider} refused the message (HTTP ${response.status}${detail})`,
  );
}

/** The provider's own error code, when it sent one (Twilio: {code, message}). */
async function providerError(response: Response): Promise<string> {
  try {
    const body: unknown = await response.json();
    if (typeof body === "object" && body !== null && "code" in body) {
      const { code } = body;
      if (typeof code === "number" || typeof code === "string") return `, code ${code}`;
    }
  } catch {
    // Not JSON: the status says enough.
  }
  return "";
}
