import { describe, expect, it } from "vitest";
import { defaultSMSCountry } from "./sms-countries";

describe("defaultSMSCountry", () => {
  it("takes the browser's region when it is one of the four", () => {
    expect(defaultSMSCountry(["fr-CH", "fr"], "fr")).toBe("CH");
    expect(defaultSMSCountry(["nl-BE"], "en")).toBe("BE");
    expect(defaultSMSCountry(["en-GB", "de-DE"], "en")).toBe("DE");
    expect(defaultSMSCountry(["de_CH.UTF-8"], "de")).toBe("CH");
    expect(defaultSMSCountry(["zh-Hant-BE"], "en")).toBe("BE");
  });

  it("else the page's language, else Switzerland", () => {
    expect(defaultSMSCountry(["fr"], "fr")).toBe("FR");
    expect(defaultSMSCountry(["en-GB"], "de")).toBe("DE");
    expect(defaultSMSCountry(["it-IT"], "it")).toBe("CH");
    expect(defaultSMSCountry(["en-US"], "en")).toBe("CH");
    expect(defaultSMSCountry([], "en")).toBe("CH");
  });
});
