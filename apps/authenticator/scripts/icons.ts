// Writes the app's PNG icons (192 and 512, plain and maskable) to public/icons: a white check
// in a white ring on the brand blue. Run: pnpm exec tsx scripts/icons.ts (the PNGs are committed).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

const BRAND = [0x1f, 0x4e, 0x79] as const;

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Distance from p to the segment a-b. */
function segment(px: number, py: number, a: [number, number], b: [number, number]): number {
  const [ax, ay] = a;
  const [bx, by] = b;
  const t = Math.max(
    0,
    Math.min(
      1,
      ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2),
    ),
  );
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

/** One icon; `scale` shrinks the drawing into the maskable safe zone (a circle of 80 %). */
function icon(size: number, scale: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x += 1) {
      const u = ((x + 0.5) / size - 0.5) / scale;
      const v = ((y + 0.5) / size - 0.5) / scale;
      const r = Math.hypot(u, v);
      const ring = r > 0.36 && r < 0.43;
      const check =
        Math.min(
          segment(u, v, [-0.17, 0.0], [-0.05, 0.13]),
          segment(u, v, [-0.05, 0.13], [0.19, -0.13]),
        ) < 0.045;
      const white = ring || check;
      const [red, green, blue] = white ? [255, 255, 255] : BRAND;
      row.set([red, green, blue, 255], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const dir = join(import.meta.dirname, "..", "public", "icons");
mkdirSync(dir, { recursive: true });
for (const size of [192, 512]) {
  writeFileSync(join(dir, `icon-${size}.png`), icon(size, 1));
  writeFileSync(join(dir, `maskable-${size}.png`), icon(size, 0.8));
}
