import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaticHandler } from "./static";

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bytes: Buffer;
}

/** A GET with exactly these headers (fetch would add accept-encoding and decompress). */
function get(url: string, headers: Record<string, string> = {}, method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          bytes: Buffer.concat(chunks),
        }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

/** Text that compresses like a script: repetitive, a few kilobytes. */
const SCRIPT = Buffer.from(
  Array.from({ length: 400 }, (_, i) => `export const value${i} = "twofold ${i % 7}";\n`).join(""),
);
const PAGE = Buffer.from("<!doctype html><title>Twofold</title><div id=root></div>".repeat(20));

describe("static files, compressed", () => {
  let dir: string;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "twofold-static-"));
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "index.html"), PAGE);
    writeFileSync(join(dir, "assets", "index-Abc123XY.js"), SCRIPT);
    // The build's own compressed copies (apps/web/precompress.ts), at other levels than the
    // server's, so the test can tell which one was sent.
    writeFileSync(join(dir, "assets", "index-Abc123XY.js.br"), brotliCompressSync(SCRIPT));
    writeFileSync(join(dir, "assets", "index-Abc123XY.js.gz"), gzipSync(SCRIPT, { level: 1 }));
    writeFileSync(join(dir, "assets", "plain-Def456ZW.css"), SCRIPT);
    const serve = createStaticHandler(dir);
    server = createServer((req, res) => {
      if (!serve(req, res)) res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it("sends brotli to a browser that accepts it, the build's own file, cached for a year", async () => {
    const answer = await get(`${url}/assets/index-Abc123XY.js`, {
      "accept-encoding": "gzip, deflate, br, zstd",
    });
    expect(answer.headers["content-encoding"]).toBe("br");
    expect(answer.headers.vary).toBe("accept-encoding");
    expect(answer.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(answer.bytes.equals(readFileSync(join(dir, "assets", "index-Abc123XY.js.br")))).toBe(
      true,
    );
    expect(brotliDecompressSync(answer.bytes).equals(SCRIPT)).toBe(true);
    expect(Number(answer.headers["content-length"])).toBe(answer.bytes.length);
  });

  it("sends gzip to a browser that accepts only gzip (or refuses brotli with q=0)", async () => {
    const precompressed = readFileSync(join(dir, "assets", "index-Abc123XY.js.gz"));
    for (const accept of ["gzip, deflate", "br;q=0, gzip;q=0.8"]) {
      const answer = await get(`${url}/assets/index-Abc123XY.js`, { "accept-encoding": accept });
      expect(answer.headers["content-encoding"]).toBe("gzip");
      expect(answer.bytes.equals(precompressed)).toBe(true);
      expect(gunzipSync(answer.bytes).equals(SCRIPT)).toBe(true);
    }
  });

  it("sends the file as it is to a client that accepts no compression", async () => {
    const plain: Record<string, string>[] = [{}, { "accept-encoding": "identity" }];
    for (const headers of plain) {
      const answer = await get(`${url}/assets/index-Abc123XY.js`, headers);
      expect(answer.headers["content-encoding"]).toBeUndefined();
      expect(answer.headers.vary).toBe("accept-encoding");
      expect(answer.bytes.equals(SCRIPT)).toBe(true);
    }
  });

  it("compresses a file the build did not precompress, in both encodings", async () => {
    const br = await get(`${url}/assets/plain-Def456ZW.css`, { "accept-encoding": "br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.bytes).equals(SCRIPT)).toBe(true);
    const gzip = await get(`${url}/assets/plain-Def456ZW.css`, { "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.bytes).equals(SCRIPT)).toBe(true);
  });

  it("never sends a precompressed copy older than its file (a file changed after the build)", async () => {
    const page = join(dir, "index.html");
    writeFileSync(`${page}.br`, brotliCompressSync(Buffer.from("an old page")));
    const past = new Date(Date.now() - 60_000);
    utimesSync(`${page}.br`, past, past);
    const answer = await get(`${url}/`, { "accept-encoding": "br" });
    expect(answer.headers["content-encoding"]).toBe("br");
    expect(answer.headers["cache-control"]).toBe("no-cache");
    expect(brotliDecompressSync(answer.bytes).equals(PAGE)).toBe(true);
  });

  it("answers 404 for a file that is not there (an old build's chunk), and the page for an app route", async () => {
    const missing = await get(`${url}/assets/Home-Old12345.js`, { "accept-encoding": "br" });
    expect(missing.status).toBe(404);
    const route = await get(`${url}/settings/two-step`, {});
    expect(route.status).toBe(200);
    expect(route.bytes.equals(PAGE)).toBe(true);
  });

  it("answers HEAD with the length of what a GET would send, and no body", async () => {
    const head = await get(`${url}/assets/index-Abc123XY.js`, { "accept-encoding": "br" }, "HEAD");
    expect(head.headers["content-encoding"]).toBe("br");
    expect(Number(head.headers["content-length"])).toBe(
      readFileSync(join(dir, "assets", "index-Abc123XY.js.br")).length,
    );
    expect(head.bytes.length).toBe(0);
  });
});
