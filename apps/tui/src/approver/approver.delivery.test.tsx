// Threat: an answer given while the server cannot be reached is lost (the browser's sign-in then
// fails although the person approved), or a second, different answer reaches the server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEY, startTestServer } from "../../test/test-utils";
import { browserAtPush, cuttableNetwork, enrolledPerson, openApprover } from "../../test/approver";

let stack: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  stack = await startTestServer();
});
afterAll(async () => {
  await stack?.close();
});

describe("an answer sent while the server cannot be reached", () => {
  it("stays on screen saying it is sending, and arrives once the server is back: the sign-in succeeds", async () => {
    const person = await enrolledPerson(stack, "delivery.approve");
    const network = cuttableNetwork();
    const approver = openApprover({
      serverUrl: stack.server.url,
      store: person.store,
      fetch: network.fetch,
    });
    await approver.waitFor(`Waiting for sign-in requests for ${person.email}`);
    const browser = await browserAtPush(stack.server.url, person);
    await approver.waitFor("Is this you signing in?");
    await approver.press(KEY.enter);
    await approver.waitFor("Number shown on the login page");
    await approver.type(String(browser.push.number));

    network.cut();
    await approver.press(KEY.enter);
    const sending = await approver.waitFor("the server cannot be reached; trying again");
    // The request stays, with nothing more to choose: one answer, on its way.
    expect(sending).toContain("Is this you signing in?");
    expect(sending).not.toContain("NO, it's not me");
    expect(await browser.api.auth.pushResult.query({ requestId: browser.push.requestId })).toEqual({
      status: "pending",
    });

    network.restore();
    await approver.waitFor("Approved: the browser is signing in.");
    const signedIn = await browser.api.auth.finishPush.mutate({
      requestId: browser.push.requestId,
    });
    expect(signedIn.status).toBe("authenticated");
    approver.unmount();
  });

  it("a NO held back by the network is not turned into anything else: the cancelled sign-in says so", async () => {
    const person = await enrolledPerson(stack, "delivery.cancel");
    const network = cuttableNetwork();
    const approver = openApprover({
      serverUrl: stack.server.url,
      store: person.store,
      fetch: network.fetch,
    });
    await approver.waitFor(`Waiting for sign-in requests for ${person.email}`);
    const browser = await browserAtPush(stack.server.url, person);
    await approver.waitFor("Is this you signing in?");
    network.cut();
    await approver.press("j"); // NO, it's not me
    await approver.press(KEY.enter);
    await approver.waitFor("the server cannot be reached; trying again");
    // Meanwhile the browser gave up on the push: when the NO arrives, there is nothing to refuse.
    await browser.api.auth.cancelPush.mutate({ requestId: browser.push.requestId });
    network.restore();
    await approver.waitFor("This sign-in was cancelled.");
    expect(approver.frame()).not.toContain("Refused.");
    approver.unmount();
  });
});
