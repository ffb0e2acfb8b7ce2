import { describe, expect, it } from "vitest";
import { pickLocale } from "./locales";

describe("pickLocale", () => {
  it("takes the first browser language Twofold speaks, regional variants included", () => {
    expect(pickLocale(["fr-CH", "en"])).toBe("fr");
    expect(pickLocale(["es-ES", "de-AT", "fr"])).toBe("de");
    expect(pickLocale(["IT"])).toBe("it");
    expect(pickLocale(["de_CH.UTF-8"])).toBe("de");
  });

  it("falls back to English for languages it does not speak", () => {
    expect(pickLocale(["es", "pt-BR"])).toBe("en");
    expect(pickLocale([])).toBe("en");
  });
});
