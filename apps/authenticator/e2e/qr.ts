// Reads a QR code the way a phone's camera would: its pixels, decoded by jsQR.
import jsQR from "jsqr";
import type { Locator } from "playwright-core";

/** Draws the QR image on a white canvas in the page and decodes its pixels here. */
export async function decodeQR(img: Locator): Promise<string> {
  const pixels = await img.evaluate((element: HTMLImageElement) => {
    const size = Math.max(400, element.naturalWidth * 4);
    const canvas = document.createElement("canvas");
    canvas.width = size;
    canvas.height = size;
    const g = canvas.getContext("2d");
    if (!g) throw new Error("no 2d canvas");
    g.fillStyle = "#fff";
    g.fillRect(0, 0, size, size);
    g.imageSmoothingEnabled = false;
    // A quiet zone around the code, as on a screen.
    g.drawImage(element, size / 10, size / 10, (size * 8) / 10, (size * 8) / 10);
    return { size, data: Array.from(g.getImageData(0, 0, size, size).data) };
  });
  const decoded = jsQR(Uint8ClampedArray.from(pixels.data), pixels.size, pixels.size);
  if (!decoded) throw new Error("the QR code could not be read");
  return decoded.data;
}
