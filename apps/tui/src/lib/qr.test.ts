import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import { rasterize } from "../../test/qr-image";
import { qrDimensions, qrLines } from "./qr";

describe("the QR code drawn in half blocks", () => {
  // What the server sends for an address of 23 characters (otplib leaves out the defaults).
  const uri =
    "otpauth://totp/Twofold:ada.lovelace%40example.ch?secret=RAORZOU5E44KN4EBV3QYGMGQUWRAQHLA&issuer=Twofold";

  it("decodes back to the otpauth URI, as a phone camera reads it", () => {
    const image = rasterize(qrLines(uri));
    const found = jsQR(image.data, image.width, image.height, { inversionAttempts: "attemptBoth" });
    expect(found?.data).toBe(uri);
  });

  it("fits an 80×24 terminal with the lines around it (longer addresses ask for a larger one)", () => {
    const { columns, rows } = qrDimensions(uri);
    expect(columns).toBeLessThanOrEqual(80);
    expect(rows + 4).toBeLessThanOrEqual(24);
  });
});
