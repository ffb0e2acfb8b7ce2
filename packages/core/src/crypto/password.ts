import { hash, verify } from "@node-rs/argon2";
import type { TwofoldConfig } from "../config";

type Cost = TwofoldConfig["password"];

// @node-rs/argon2's Algorithm.Argon2id (a const enum, which isolated modules cannot read).
const ARGON2ID = 2;

/** An argon2id PHC string for the password. */
export function hashPassword(password: string, cost: Cost): Promise<string> {
  return hash(password, { algorithm: ARGON2ID, ...cost });
}

/** Checks a password against its PHC string (constant time inside argon2). */
export async function verifyPassword(phc: string, password: string): Promise<boolean> {
  try {
    return await verify(phc, password);
  } catch {
    return false;
  }
}

/**
 * A hash of nothing anyone knows, at the shipped cost: an unknown email is checked against it
 * so that it costs the same time as a known one.
 */
export function createDecoyHash(cost: Cost): () => Promise<string> {
  let decoy: Promise<string> | undefined;
  return () => (decoy ??= hashPassword("twofold decoy password, never valid", cost));
}
