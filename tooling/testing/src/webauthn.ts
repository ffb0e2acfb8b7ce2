import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";
import { cborEncode, type CborValue } from "./cbor";

/*
 * A software WebAuthn authenticator (one ES256 credential, "none" attestation) for tests that
 * drive registration and authentication ceremonies without a browser. Every field of its output
 * can be bent by a "tamper knob", so tests can prove the server refuses each kind of bad response.
 */

// Structural copies of @simplewebauthn/server v14's JSON types (not a dependency of this package).
export type Base64URLString = string;
export type AuthenticatorTransportFuture =
  "ble" | "cable" | "hybrid" | "internal" | "nfc" | "smart-card" | "usb";
export type AuthenticatorAttachment = "cross-platform" | "platform";
export interface AuthenticationExtensionsClientOutputs {
  appid?: boolean;
  credProps?: { rk?: boolean };
  hmacCreateSecret?: boolean;
}
export interface AuthenticatorAttestationResponseJSON {
  clientDataJSON: Base64URLString;
  attestationObject: Base64URLString;
  authenticatorData?: Base64URLString;
  transports?: AuthenticatorTransportFuture[];
  publicKeyAlgorithm?: number;
  publicKey?: Base64URLString;
}
export interface RegistrationResponseJSON {
  id: Base64URLString;
  rawId: Base64URLString;
  response: AuthenticatorAttestationResponseJSON;
  authenticatorAttachment?: AuthenticatorAttachment;
  clientExtensionResults: AuthenticationExtensionsClientOutputs;
  type: "public-key";
}
export interface AuthenticatorAssertionResponseJSON {
  clientDataJSON: Base64URLString;
  authenticatorData: Base64URLString;
  signature: Base64URLString;
  userHandle?: Base64URLString;
}
export interface AuthenticationResponseJSON {
  id: Base64URLString;
  rawId: Base64URLString;
  response: AuthenticatorAssertionResponseJSON;
  authenticatorAttachment?: AuthenticatorAttachment;
  clientExtensionResults: AuthenticationExtensionsClientOutputs;
  type: "public-key";
}

export function toBase64URL(bytes: Uint8Array): Base64URLString {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64url");
}

export function fromBase64URL(text: Base64URLString): Uint8Array {
  return new Uint8Array(Buffer.from(text, "base64url"));
}

/** Authenticator data flag bits (WebAuthn §6.1). */
export const AUTH_DATA_FLAGS = {
  UP: 0x01,
  UV: 0x04,
  BE: 0x08,
  BS: 0x10,
  AT: 0x40,
  ED: 0x80,
} as const;

/** COSE algorithm identifier of ES256 (ECDSA P-256 with SHA-256). */
export const COSE_ALG_ES256 = -7;

export interface SoftAuthenticatorOptions {
  /** 16 bytes; all zero by default (as "none" attestation reports). */
  aaguid?: Uint8Array;
  /** Length of the random credential id, 16 to 32 bytes (default 32). */
  credentialIdLength?: number;
  /** Initial signature counter (default 0). */
  signCount?: number;
  /** Never count signatures: every assertion reports 0 (as passkey providers do). */
  counterless?: boolean;
  /**
   * User handle (base64url, the `user.id` of the server's creation options) of a discoverable
   * credential; when set, every assertion carries it. `register({ userHandle })` also sets it.
   */
  userHandle?: Base64URLString;
}

/** What the relying party sent and where the "browser" is; shared by both ceremonies. */
export interface CeremonyOptions {
  /** The challenge exactly as the server sent it (base64url). */
  challenge: Base64URLString;
  /** e.g. "http://localhost:3000". */
  origin: string;
  /** e.g. "localhost". */
  rpId: string;
  /** Tamper: clientDataJSON.type (default "webauthn.create" / "webauthn.get"). */
  type?: string;
  /** Tamper: hash this string instead of rpId into authenticatorData. */
  rpIdHashOf?: string;
  /** Tamper: the UP flag (default true). */
  userPresent?: boolean;
  /** Tamper: the UV flag (default true). */
  userVerified?: boolean;
  /** The BE flag (default false). */
  backupEligible?: boolean;
  /** The BS flag (default false). */
  backedUp?: boolean;
  /** clientDataJSON.crossOrigin (default false). */
  crossOrigin?: boolean;
}

export interface RegisterOptions extends CeremonyOptions {
  /** Store this user handle (base64url `user.id`), making the credential discoverable. */
  userHandle?: Base64URLString;
}

export interface AuthenticateOptions extends CeremonyOptions {
  /** Report this counter (the authenticator's own counter is left as it is). */
  counter?: number;
  /** Put this user handle (base64url) in the response, discoverable or not. */
  userHandle?: Base64URLString;
}

function sha256(data: Uint8Array | string): Uint8Array {
  return new Uint8Array(createHash("sha256").update(data).digest());
}

function concat(...parts: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}

function uint32BE(value: number): Uint8Array {
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) {
    throw new RangeError(`signature counter must be a 32-bit unsigned integer: ${value}`);
  }
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value);
  return out;
}

export class SoftAuthenticator {
  readonly aaguid: Uint8Array;
  readonly counterless: boolean;
  /** Base64url user handle of the discoverable credential, if any. */
  userHandle: Base64URLString | undefined;
  readonly #credentialId: Uint8Array;
  readonly #privateKey: KeyObject;
  readonly #publicKey: KeyObject;
  #signCount = 0;

  constructor(options: SoftAuthenticatorOptions = {}) {
    const aaguid = options.aaguid ?? new Uint8Array(16);
    if (aaguid.length !== 16) throw new RangeError("aaguid must be 16 bytes");
    this.aaguid = Uint8Array.from(aaguid);
    const idLength = options.credentialIdLength ?? 32;
    if (!Number.isInteger(idLength) || idLength < 16 || idLength > 32) {
      throw new RangeError("credentialIdLength must be 16 to 32");
    }
    this.#credentialId = new Uint8Array(randomBytes(idLength));
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
    this.#privateKey = privateKey;
    this.#publicKey = publicKey;
    this.signCount = options.signCount ?? 0;
    this.counterless = options.counterless ?? false;
    this.userHandle = options.userHandle;
  }

  /** The credential id, base64url (the `id` and `rawId` of every response). */
  get credentialId(): Base64URLString {
    return toBase64URL(this.#credentialId);
  }

  get credentialIdBytes(): Uint8Array {
    return Uint8Array.from(this.#credentialId);
  }

  /** The credential's public key as a node KeyObject (for verifying in tests). */
  get publicKey(): KeyObject {
    return this.#publicKey;
  }

  get signCount(): number {
    return this.#signCount;
  }

  set signCount(value: number) {
    uint32BE(value); // validates
    this.#signCount = value;
  }

  get discoverable(): boolean {
    return this.userHandle !== undefined;
  }

  /** COSE_Key of the public key: {1: 2 (EC2), 3: -7 (ES256), -1: 1 (P-256), -2: x, -3: y}. */
  publicKeyCOSE(): Uint8Array {
    const jwk = this.#publicKey.export({ format: "jwk" });
    if (typeof jwk.x !== "string" || typeof jwk.y !== "string") {
      throw new Error("public key JWK has no x/y");
    }
    const x = fromBase64URL(jwk.x);
    const y = fromBase64URL(jwk.y);
    if (x.length !== 32 || y.length !== 32) throw new Error("P-256 coordinates must be 32 bytes");
    return cborEncode(
      new Map<number, number | Uint8Array>([
        [1, 2],
        [3, COSE_ALG_ES256],
        [-1, 1],
        [-2, x],
        [-3, y],
      ]),
    );
  }

  register(options: RegisterOptions): RegistrationResponseJSON {
    if (options.userHandle !== undefined) this.userHandle = options.userHandle;
    const clientDataJSON = clientData(options, "webauthn.create");
    const attestedCredentialData = concat(
      this.aaguid,
      new Uint8Array([this.#credentialId.length >>> 8, this.#credentialId.length & 0xff]),
      this.#credentialId,
      this.publicKeyCOSE(),
    );
    const authData = concat(
      authDataHead(options, AUTH_DATA_FLAGS.AT, this.#signCount),
      attestedCredentialData,
    );
    const attestationObject = cborEncode(
      new Map<string, CborValue>([
        ["fmt", "none"],
        ["attStmt", new Map()],
        ["authData", authData],
      ]),
    );
    return {
      id: this.credentialId,
      rawId: this.credentialId,
      type: "public-key",
      response: {
        clientDataJSON: toBase64URL(clientDataJSON),
        attestationObject: toBase64URL(attestationObject),
        transports: ["usb"],
      },
      clientExtensionResults: {},
      authenticatorAttachment: "cross-platform",
    };
  }

  authenticate(options: AuthenticateOptions): AuthenticationResponseJSON {
    let counter: number;
    if (options.counter !== undefined) {
      counter = options.counter;
    } else if (this.counterless) {
      counter = 0;
    } else {
      this.signCount = this.#signCount + 1;
      counter = this.#signCount;
    }
    const clientDataJSON = clientData(options, "webauthn.get");
    const authData = authDataHead(options, 0, counter);
    const signature = sign("sha256", concat(authData, sha256(clientDataJSON)), this.#privateKey);
    const userHandle = options.userHandle ?? this.userHandle;
    return {
      id: this.credentialId,
      rawId: this.credentialId,
      type: "public-key",
      response: {
        clientDataJSON: toBase64URL(clientDataJSON),
        authenticatorData: toBase64URL(authData),
        signature: toBase64URL(signature),
        ...(userHandle === undefined ? {} : { userHandle }),
      },
      clientExtensionResults: {},
      authenticatorAttachment: "cross-platform",
    };
  }
}

export function createSoftAuthenticator(options?: SoftAuthenticatorOptions): SoftAuthenticator {
  return new SoftAuthenticator(options);
}

function clientData(options: CeremonyOptions, defaultType: string): Uint8Array {
  const json = JSON.stringify({
    type: options.type ?? defaultType,
    challenge: options.challenge,
    origin: options.origin,
    crossOrigin: options.crossOrigin ?? false,
  });
  return new TextEncoder().encode(json);
}

/** rpIdHash(32) | flags(1) | signCount(4, big-endian). */
function authDataHead(options: CeremonyOptions, extraFlags: number, counter: number): Uint8Array {
  let flags = extraFlags;
  if (options.userPresent ?? true) flags |= AUTH_DATA_FLAGS.UP;
  if (options.userVerified ?? true) flags |= AUTH_DATA_FLAGS.UV;
  if (options.backupEligible ?? false) flags |= AUTH_DATA_FLAGS.BE;
  if (options.backedUp ?? false) flags |= AUTH_DATA_FLAGS.BS;
  return concat(
    sha256(options.rpIdHashOf ?? options.rpId),
    new Uint8Array([flags]),
    uint32BE(counter),
  );
}
