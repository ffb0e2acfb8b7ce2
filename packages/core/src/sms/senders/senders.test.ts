import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closedPort, startSmsProvider, type SmsProviderServer } from "@twofold/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SmsSendError } from "../sender";
import { outboxSender, readOutbox } from "./outbox";
import { twilioSender } from "./twilio";
import { webhookSender } from "./webhook";

const message = { to: "+41791234567", body: "Your Twofold code is 123456." };

describe("SMS providers", () => {
  let provider: SmsProviderServer;
  beforeAll(async () => {
    provider = await startSmsProvider();
  });
  afterAll(() => provider.close());

  const twilio = (overrides: { authToken?: string; baseUrl?: string } = {}) =>
    twilioSender({ ...provider.twilio, from: "+15005550006", baseUrl: provider.url, ...overrides });

  const refusal = async (promise: Promise<void>): Promise<SmsSendError> => {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    if (!(error instanceof SmsSendError)) throw new Error("expected an SmsSendError");
    return error;
  };

  it("sends through Twilio's Messages API: To, From and Body, with Basic auth", async () => {
    await twilio().send(message);
    expect(provider.received.at(-1)).toEqual({
      provider: "twilio",
      from: "+15005550006",
      ...message,
    });
  });

  it("sends through a Twilio Messaging Service when one is named", async () => {
    await twilioSender({
      ...provider.twilio,
      messagingServiceSid: "MG123",
      baseUrl: provider.url,
    }).send(message);
    expect(provider.received.at(-1)?.from).toBe("MG123");
  });

  it("reports Twilio's refusal with its status and code, never the message", async () => {
    const error = await refusal(twilio({ authToken: "wrong" }).send(message));
    expect(error.status).toBe(401);
    expect(error.message).toContain("20003");
    expect(error.message).not.toContain("123456");
    expect(error.message).not.toContain(message.to);
  });

  it("reports a failing provider, then sends once it is back", async () => {
    provider.failNext(2, 503);
    expect((await refusal(twilio().send(message))).status).toBe(503);
    const count = provider.received.length;
    expect((await refusal(twilio().send(message))).status).toBe(503);
    await twilio().send(message);
    expect(provider.received.length).toBe(count + 1);
  });

  it("reports a provider that cannot be reached", async () => {
    const error = await refusal(
      twilio({ baseUrl: `http://127.0.0.1:${await closedPort()}` }).send(message),
    );
    expect(error.status).toBeNull();
  });

  it("posts to a webhook as signed JSON", async () => {
    await webhookSender({ url: `${provider.url}/webhook`, secret: provider.webhookSecret }).send(
      message,
    );
    expect(provider.received.at(-1)).toEqual({ provider: "webhook", from: "", ...message });
  });

  it("reports a webhook that refuses: a wrong signature, or a failure", async () => {
    const wrong = webhookSender({ url: `${provider.url}/webhook`, secret: "not the secret" });
    expect((await refusal(wrong.send(message))).status).toBe(401);
    provider.failNext(1, 500);
    const right = webhookSender({ url: `${provider.url}/webhook`, secret: provider.webhookSecret });
    expect((await refusal(right.send(message))).status).toBe(500);
  });

  it("writes to the outbox file, readable by its owner only, newest last", async () => {
    const dir = await mkdtemp(join(tmpdir(), "twofold-outbox-"));
    try {
      const file = join(dir, "sms-outbox.jsonl");
      expect(await readOutbox(file)).toEqual([]);
      const outbox = outboxSender(file, () => new Date("2026-01-01T00:00:00Z"));
      for (let i = 0; i < 7; i += 1) await outbox.send({ ...message, body: `message ${i}` });
      const latest = await readOutbox(file, 3);
      expect(latest.map((m) => m.body)).toEqual(["message 4", "message 5", "message 6"]);
      expect(latest[0]).toMatchObject({ to: message.to, sentAt: "2026-01-01T00:00:00.000Z" });
      expect((await stat(file)).mode & 0o777).toBe(0o600);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
