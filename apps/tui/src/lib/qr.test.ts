import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import { qrDimensions, qrLines } from "./qr";

/** What a camera sees: each character cell is two square modules, light where drawn. */
function rasterize(
  lines: readonly string[],
  scale = 4,
): { data: Uint8ClampedArray; width: number; height: number } {
  const columns = lines[0]?.length ?? 0;
  const width = columns * scale;
  const height = lines.length * 2 * scale;
  const data = new Uint8ClampedArray(width * height * 4);
  lines.forEach((line, row) => {
    Array.from(line).forEach((char, col) => {
      const top = char === "█" || char === "▀";
      const bottom = char === "█" || char === "▄";
      for (let y = 0; y < 2 * scale; y += 1) {
        const light = y < scale ? top : bottom;
        for (let x = 0; x < scale; x += 1) {
          const i = ((row * 2 * scale + y) * width + col * scale + x) * 4;
          const v = light ? 255 : 0;
          data[i] = v;
          data[i + 1] = v;
          data[i + 2] = v;
          data[i + 3] = 255;
        }
      }
    });
  });
  return { data, width, height };
}

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
