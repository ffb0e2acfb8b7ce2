import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer } from "../../test/test-utils";
import { browserAtPush, enrolledPerson, openApprover } from "../../test/approver";

let stack: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  // Requests that last 8 seconds instead of 60.
  stack = await startTestServer({ TWOFOLD_PUSH_TTL_SECONDS: "8" });
});
afterAll(async () => {
  await stack?.close();
});

describe("a request nobody answers", () => {
  it("counts down the seconds left, then leaves saying it expired", async () => {
    const person = await enrolledPerson(stack, "expiry");
    const approver = openApprover({ serverUrl: stack.server.url, store: person.store });
    await approver.waitFor(`Waiting for sign-in requests for ${person.email}`);
    const browser = await browserAtPush(stack.server.url, person);
    await approver.waitFor(/Expires in [1-8] s/);
    await approver.waitFor("This request expired.");
    expect(approver.frame()).not.toContain("Is this you signing in?");
    expect(await browser.api.auth.pushResult.query({ requestId: browser.push.requestId })).toEqual({
      status: "expired",
    });
    approver.unmount();
  });
});
