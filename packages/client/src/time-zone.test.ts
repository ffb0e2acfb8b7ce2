import { afterEach, describe, expect, it } from "vitest";
import type { Me } from "./index";
import { localTimeZone, timeZoneToSend } from "./time-zone";

const TZ = process.env.TZ;
afterEach(() => {
  if (TZ === undefined) delete process.env.TZ;
  else process.env.TZ = TZ;
});

function me(timeZone: string | null, state: Me["session"]["state"] = "active"): Me {
  return {
    user: {
      id: "u1",
      email: "ada@example.ch",
      displayName: "Ada",
      createdAt: "2026-01-01T00:00:00.000Z",
      locale: "en",
      timeZone,
      passwordChangeRequired: false,
    },
    session: {
      id: "s1",
      state,
      persistent: true,
      expiresAt: "2026-02-01T00:00:00.000Z",
      purpose: "sign_in",
    },
    twoFactorEnabled: false,
    secondFactor: null,
  };
}

describe("the time zone a front end tells the server", () => {
  it("is the local zone (TZ in a terminal), sent only when the account has another", () => {
    process.env.TZ = "Europe/Zurich";
    expect(localTimeZone()).toBe("Europe/Zurich");
    expect(timeZoneToSend(me(null))).toBe("Europe/Zurich");
    expect(timeZoneToSend(me("Asia/Tokyo"))).toBe("Europe/Zurich");
    expect(timeZoneToSend(me("Europe/Zurich"))).toBeNull();
    // Not before the second step: whoever knows only the password changes nothing.
    expect(timeZoneToSend(me(null, "pending_second_factor"))).toBeNull();
  });
});
