/** A plain HTTP client for tests: exactly what any client of the API contract sends. */
export interface Reply {
  status: number;
  body: unknown;
  setCookie: string[];
}

export interface CallOptions {
  token?: string | null;
  cookie?: string | null;
  method?: "GET" | "POST";
  rawBody?: string;
  headers?: Record<string, string>;
  /** Gives up waiting (a test that must tell an answer from a hang). */
  signal?: AbortSignal;
}

export async function call(
  base: string,
  path: string,
  input?: unknown,
  options: CallOptions = {},
): Promise<Reply> {
  const method = options.method ?? "POST";
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.cookie) headers.cookie = options.cookie;
  let url = `${base}/trpc/${path}`;
  let body: string | undefined;
  if (method === "GET") {
    if (input !== undefined) url += `?input=${encodeURIComponent(JSON.stringify(input))}`;
  } else {
    headers["content-type"] ??= "application/json";
    body = options.rawBody ?? (input === undefined ? undefined : JSON.stringify(input));
  }
  const response = await fetch(url, {
    method,
    headers,
    ...(body !== undefined && { body }),
    ...(options.signal && { signal: options.signal }),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed, setCookie: response.headers.getSetCookie() };
}

/** `result.data` of a successful tRPC reply. */
export function data<T = Record<string, unknown>>(reply: Reply): T {
  const body = reply.body as { result?: { data?: T } };
  if (reply.status !== 200 || !body.result)
    throw new Error(`expected 200, got ${reply.status}: ${JSON.stringify(reply.body)}`);
  return body.result.data as T;
}

/** `error.data.reason` of a failed reply. */
export function reason(reply: Reply): string | undefined {
  return (reply.body as { error?: { data?: { reason?: string } } }).error?.data?.reason;
}
