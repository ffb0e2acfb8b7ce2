import { describe, expect, it } from "vitest";
import { databaseKinds } from "./database";

const URL = "postgres://postgres@127.0.0.1:5432/test";

describe("databaseKinds", () => {
  it("tests on PGlite always, and on PostgreSQL too when DATABASE_URL is set", () => {
    expect(databaseKinds({})).toEqual(["pglite"]);
    expect(databaseKinds({ DATABASE_URL: URL })).toEqual(["pglite", "postgres"]);
  });

  it("tests on PostgreSQL alone in the PostgreSQL pass (TWOFOLD_TEST_DATABASES=postgres)", () => {
    expect(databaseKinds({ DATABASE_URL: URL, TWOFOLD_TEST_DATABASES: "postgres" })).toEqual([
      "postgres",
    ]);
    expect(
      databaseKinds({ DATABASE_URL: URL, TWOFOLD_TEST_DATABASES: "postgres, pglite" }),
    ).toEqual(["pglite", "postgres"]);
    expect(databaseKinds({ DATABASE_URL: URL, TWOFOLD_TEST_DATABASES: "pglite" })).toEqual([
      "pglite",
    ]);
  });

  it("refuses a pass that would silently test nothing: an unknown kind, or postgres without DATABASE_URL", () => {
    expect(() => databaseKinds({ TWOFOLD_TEST_DATABASES: "postgres" })).toThrow(
      "TWOFOLD_TEST_DATABASES names postgres: set DATABASE_URL too",
    );
    expect(() => databaseKinds({ DATABASE_URL: URL, TWOFOLD_TEST_DATABASES: "mysql" })).toThrow(
      '"mysql" is not pglite or postgres',
    );
    expect(() => databaseKinds({ TWOFOLD_TEST_DATABASES: "," })).toThrow("is not pglite");
  });
});
