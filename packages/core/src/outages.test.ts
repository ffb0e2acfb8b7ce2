import { describe, expect, it } from "vitest";
import { isServiceUnavailable } from "./outages";

/** An error as node-postgres or Node's sockets make it: a message and a machine code. */
function coded(message: string, code?: string): Error {
  return Object.assign(new Error(message), code === undefined ? {} : { code });
}

/** How the query builder reports a failed query: its own error, the driver's as the cause. */
function wrapped(cause: Error): Error {
  return new Error("Failed query: begin\nparams: ", { cause });
}

describe("isServiceUnavailable", () => {
  it.each([
    ["the server shutting down (57P01)", coded("terminating connection", "57P01")],
    ["a crash restart (57P02)", coded("terminating connection", "57P02")],
    ["still starting (57P03)", coded("the database system is starting up", "57P03")],
    ["a statement over its bound (57014)", coded("canceling statement", "57014")],
    ["a connection failure (08006)", coded("connection failure", "08006")],
    ["refused", coded("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED")],
    ["reset", coded("read ECONNRESET", "ECONNRESET")],
    ["cut mid-query", new Error("Connection terminated unexpectedly")],
    ["no free connection in time", new Error("timeout exceeded when trying to connect")],
    ["no answer in time", new Error("Query read timeout")],
  ])("%s: a temporary outage, also as the cause of a query error", (_name, error) => {
    expect(isServiceUnavailable(error)).toBe(true);
    expect(isServiceUnavailable(wrapped(error))).toBe(true);
  });

  it.each([
    ["a unique violation (23505)", coded("duplicate key", "23505")],
    ["a syntax error (42601)", coded("syntax error", "42601")],
    ["a bug", new TypeError("cannot read properties of undefined")],
    ["not an error", "Connection terminated"],
  ])("%s: not an outage (stays an internal error)", (_name, error) => {
    expect(isServiceUnavailable(error)).toBe(false);
    if (error instanceof Error) expect(isServiceUnavailable(wrapped(error))).toBe(false);
  });
});
