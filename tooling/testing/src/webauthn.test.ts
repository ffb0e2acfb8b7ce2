import { createHash, createPublicKey, verify, type KeyObject } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cborEncode } from "./cbor";
import {
  createSoftAuthenticator,
  fromBase64URL,
  SoftAuthenticator,
  toBase64URL,
  type AuthenticateOptions,
  type CeremonyOptions,
} from "./webauthn";

// ---- a tiny CBOR decoder, written here so the encoder is checked by code it does not share ----

type Decoded = number | string | boolean | null | Uint8Array | Decoded[] | Map<Decoded, Decoded>;

function cborDecode(bytes: Uint8Array): Decoded {
  let pos = 0;
  const byte = (): number => {
    const b = bytes[pos];
    if (b === undefined) throw new Error("CBOR: truncated");
    pos += 1;
    return b;
  };
  const argument = (info: number): number => {
    if (info < 24) return info;
    const size = { 24: 1, 25: 2, 26: 4, 27: 8 }[info];
    if (size === undefined) throw new Error(`CBOR: unsupported additional info ${info}`);
    let value = 0;
    for (let i = 0; i < size; i += 1) value = value * 256 + byte();
    return value;
  };
  const item = (): Decoded => {
    const initial = byte();
    const major = initial >> 5;
    const info = initial & 0x1f;
    if (major === 7) {
      if (info === 20) return false;
      if (info === 21) return true;
      if (info === 22) return null;
      throw new Error(`CBOR: unsupported simple value ${info}`);
    }
    const arg = argument(info);
    switch (major) {
      case 0:
        return arg;
      case 1:
        return -1 - arg;
      case 2:
      case 3: {
        const slice = bytes.slice(pos, pos + arg);
        if (slice.length !== arg) throw new Error("CBOR: truncated string");
        pos += arg;
        return major === 2 ? slice : new TextDecoder("utf-8", { fatal: true }).decode(slice);
      }
      case 4:
        return Array.from({ length: arg }, () => item());
      case 5: {
        const map = new Map<Decoded, Decoded>();
        for (let i = 0; i < arg; i += 1) {
          const key = item();
          map.set(key, item());
        }
        return map;
      }
      default:
        throw new Error(`CBOR: unsupported major type ${major}`);
    }
  };
  const value = item();
  if (pos !== bytes.length) throw new Error(`CBOR: ${bytes.length - pos} trailing bytes`);
  return value;
}

/** Decodes the first CBOR item of `bytes` and says how long it was (for authData's COSE key). */
function cborItemLength(bytes: Uint8Array): number {
  for (let end = 1; end <= bytes.length; end += 1) {
    try {
      cborDecode(bytes.subarray(0, end));
      return end;
    } catch {
      // keep growing
    }
  }
  throw new Error("no complete CBOR item");
}

function asMap(value: Decoded | undefined): Map<Decoded, Decoded> {
  if (!(value instanceof Map)) throw new Error("expected a CBOR map");
  return value;
}

function asBytes(value: Decoded | undefined): Uint8Array {
  if (!(value instanceof Uint8Array)) throw new Error("expected a CBOR byte string");
  return value;
}

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString("hex");
const sha256 = (data: Uint8Array | string): Uint8Array =>
  new Uint8Array(createHash("sha256").update(data).digest());

// ---- authenticator data, parsed from the WebAuthn §6.1 layout ----

interface ParsedAuthData {
  rpIdHash: Uint8Array;
  flags: number;
  counter: number;
  counterBytes: Uint8Array;
  aaguid?: Uint8Array;
  credentialId?: Uint8Array;
  cose?: Uint8Array;
}

function parseAuthData(data: Uint8Array): ParsedAuthData {
  expect(data.length).toBeGreaterThanOrEqual(37);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const parsed: ParsedAuthData = {
    rpIdHash: data.slice(0, 32),
    flags: view.getUint8(32),
    counter: view.getUint32(33),
    counterBytes: data.slice(33, 37),
  };
  if ((parsed.flags & 0x40) === 0) {
    expect(data.length).toBe(37);
    return parsed;
  }
  parsed.aaguid = data.slice(37, 53);
  const idLength = view.getUint16(53);
  parsed.credentialId = data.slice(55, 55 + idLength);
  const rest = data.subarray(55 + idLength);
  const coseLength = cborItemLength(rest);
  expect(coseLength).toBe(rest.length); // no extensions, no trailing bytes
  parsed.cose = rest.slice(0, coseLength);
  return parsed;
}

function keyFromCOSE(cose: Uint8Array): KeyObject {
  const map = asMap(cborDecode(cose));
  expect([...map.keys()]).toEqual([1, 3, -1, -2, -3]);
  expect([map.get(1), map.get(3), map.get(-1)]).toEqual([2, -7, 1]);
  const x = asBytes(map.get(-2));
  const y = asBytes(map.get(-3));
  expect([x.length, y.length]).toEqual([32, 32]);
  return createPublicKey({
    key: { kty: "EC", crv: "P-256", x: toBase64URL(x), y: toBase64URL(y) },
    format: "jwk",
  });
}

function decodeRegistration(json: ReturnType<SoftAuthenticator["register"]>): {
  clientData: string;
  attestation: Map<Decoded, Decoded>;
  authData: ParsedAuthData;
} {
  const attestation = asMap(cborDecode(fromBase64URL(json.response.attestationObject)));
  return {
    clientData: Buffer.from(fromBase64URL(json.response.clientDataJSON)).toString("utf8"),
    attestation,
    authData: parseAuthData(asBytes(attestation.get("authData"))),
  };
}

function decodeAssertion(json: ReturnType<SoftAuthenticator["authenticate"]>): {
  clientData: string;
  authData: ParsedAuthData;
} {
  return {
    clientData: Buffer.from(fromBase64URL(json.response.clientDataJSON)).toString("utf8"),
    authData: parseAuthData(fromBase64URL(json.response.authenticatorData)),
  };
}

function signatureVerifies(
  json: ReturnType<SoftAuthenticator["authenticate"]>,
  key: KeyObject,
): boolean {
  const signed = Buffer.concat([
    fromBase64URL(json.response.authenticatorData),
    sha256(fromBase64URL(json.response.clientDataJSON)),
  ]);
  return verify("sha256", signed, key, fromBase64URL(json.response.signature));
}

const ceremony: CeremonyOptions = {
  challenge: "dGhlLWNoYWxsZW5nZS1vZi10aGUtc2VydmVy",
  origin: "http://localhost:3000",
  rpId: "localhost",
};

// ---- tests ----

describe("cborEncode", () => {
  it("matches the RFC 8949 Appendix A encodings", () => {
    const vectors: [Parameters<typeof cborEncode>[0], string][] = [
      [0, "00"],
      [1, "01"],
      [10, "0a"],
      [23, "17"],
      [24, "1818"],
      [25, "1819"],
      [100, "1864"],
      [1000, "1903e8"],
      [1000000, "1a000f4240"],
      [1000000000000, "1b000000e8d4a51000"],
      [-1, "20"],
      [-10, "29"],
      [-100, "3863"],
      [-1000, "3903e7"],
      [false, "f4"],
      [true, "f5"],
      [null, "f6"],
      [new Uint8Array(), "40"],
      [Uint8Array.from([1, 2, 3, 4]), "4401020304"],
      ["", "60"],
      ["a", "6161"],
      ["IETF", "6449455446"],
      ['"\\', "62225c"],
      ["\u00fc", "62c3bc"],
      ["\u6c34", "63e6b0b4"],
      [[], "80"],
      [[1, 2, 3], "83010203"],
      [[1, [2, 3], [4, 5]], "8301820203820405"],
      [
        Array.from({ length: 25 }, (_, i) => i + 1),
        "98190102030405060708090a0b0c0d0e0f101112131415161718181819",
      ],
      [new Map(), "a0"],
      [
        new Map([
          [1, 2],
          [3, 4],
        ]),
        "a201020304",
      ],
      [
        new Map<string, number | number[]>([
          ["a", 1],
          ["b", [2, 3]],
        ]),
        "a26161016162820203",
      ],
      [["a", new Map([["b", "c"]])], "826161a161626163"],
    ];
    for (const [value, expected] of vectors) expect(hex(cborEncode(value))).toBe(expected);
  });

  it("encodes {1: 2, 3: -7} as a2 01 02 03 26 and keeps map insertion order", () => {
    const alg = new Map([
      [1, 2],
      [3, -7],
    ]);
    expect(hex(cborEncode(alg))).toBe("a201020326");
    const reordered = new Map<number | string, number>([
      [-3, 0],
      ["z", 1],
      [1, 2],
    ]);
    expect(hex(cborEncode(reordered))).toBe("a32200617a010102");
    expect([...asMap(cborDecode(cborEncode(reordered))).keys()]).toEqual([-3, "z", 1]);
  });

  it("encodes long byte strings with the right length prefix and round-trips", () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => i & 0xff);
    const encoded = cborEncode(bytes);
    expect(hex(encoded.subarray(0, 3))).toBe("59012c");
    expect(cborDecode(encoded)).toEqual(bytes);
  });

  it("refuses numbers it cannot encode exactly", () => {
    expect(() => cborEncode(1.5)).toThrow(RangeError);
    expect(() => cborEncode(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
  });
});

describe("base64url helpers", () => {
  it("round-trip bytes without padding, using - and _", () => {
    const bytes = Uint8Array.from([0xfb, 0xff, 0xbf, 0x00]);
    expect(toBase64URL(bytes)).toBe("-_-_AA");
    expect(fromBase64URL("-_-_AA")).toEqual(bytes);
    expect(toBase64URL(bytes.subarray(1, 3))).toBe("_78");
  });
});

describe("SoftAuthenticator.register", () => {
  it("returns the RegistrationResponseJSON shape @simplewebauthn/server expects", () => {
    const authenticator = createSoftAuthenticator();
    const json = authenticator.register(ceremony);
    expect(json).toEqual({
      id: authenticator.credentialId,
      rawId: authenticator.credentialId,
      type: "public-key",
      response: {
        clientDataJSON: expect.any(String) as string,
        attestationObject: expect.any(String) as string,
        transports: ["usb"],
      },
      clientExtensionResults: {},
      authenticatorAttachment: "cross-platform",
    });
    expect(json.response.attestationObject).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fromBase64URL(authenticator.credentialId).length).toBe(32);
  });

  it("writes clientDataJSON exactly and an attestation object {fmt: none, attStmt: {}, authData}", () => {
    const authenticator = new SoftAuthenticator();
    const { clientData, attestation, authData } = decodeRegistration(
      authenticator.register(ceremony),
    );
    expect(clientData).toBe(
      '{"type":"webauthn.create","challenge":"dGhlLWNoYWxsZW5nZS1vZi10aGUtc2VydmVy",' +
        '"origin":"http://localhost:3000","crossOrigin":false}',
    );
    expect([...attestation.keys()]).toEqual(["fmt", "attStmt", "authData"]);
    expect(attestation.get("fmt")).toBe("none");
    expect(asMap(attestation.get("attStmt")).size).toBe(0);

    expect(hex(authData.rpIdHash)).toBe(hex(sha256("localhost")));
    expect(authData.flags).toBe(0x01 | 0x04 | 0x40); // UP, UV, AT; not BE, BS, ED
    expect(hex(authData.counterBytes)).toBe("00000000");
    expect(authData.aaguid).toEqual(new Uint8Array(16));
    expect(authData.credentialId).toEqual(fromBase64URL(authenticator.credentialId));
    expect(authData.cose).toEqual(authenticator.publicKeyCOSE());
  });

  it("puts a COSE ES256 key that is the authenticator's own public key", () => {
    const authenticator = createSoftAuthenticator();
    const cose = authenticator.publicKeyCOSE();
    expect(cose.length).toBe(77);
    expect(hex(cose.subarray(0, 10))).toBe("a5010203262001215820");
    const key = keyFromCOSE(cose);
    const der = (k: KeyObject): string => hex(k.export({ format: "der", type: "spki" }));
    expect(der(key)).toBe(der(authenticator.publicKey));
  });

  it("reports the configured AAGUID, credential id length and starting counter", () => {
    const aaguid = Uint8Array.from({ length: 16 }, (_, i) => 0xa0 + i);
    const authenticator = createSoftAuthenticator({ aaguid, credentialIdLength: 16, signCount: 7 });
    const { authData } = decodeRegistration(authenticator.register(ceremony));
    expect(authData.aaguid).toEqual(aaguid);
    expect(authData.credentialId?.length).toBe(16);
    expect(authData.counter).toBe(7);
    expect(authenticator.signCount).toBe(7); // registering does not count
  });

  it("gives every authenticator its own credential and key", () => {
    const a = createSoftAuthenticator();
    const b = createSoftAuthenticator();
    expect(a.credentialId).not.toBe(b.credentialId);
    expect(hex(a.publicKeyCOSE())).not.toBe(hex(b.publicKeyCOSE()));
  });

  it("refuses a bad AAGUID, credential id length or counter", () => {
    expect(() => createSoftAuthenticator({ aaguid: new Uint8Array(15) })).toThrow(/aaguid/);
    expect(() => createSoftAuthenticator({ credentialIdLength: 15 })).toThrow(/16 to 32/);
    expect(() => createSoftAuthenticator({ credentialIdLength: 33 })).toThrow(/16 to 32/);
    expect(() => createSoftAuthenticator({ signCount: -1 })).toThrow(RangeError);
    expect(() => createSoftAuthenticator({ signCount: 2 ** 32 })).toThrow(RangeError);
  });
});

describe("SoftAuthenticator.authenticate", () => {
  it("returns the AuthenticationResponseJSON shape, without userHandle when not discoverable", () => {
    const authenticator = createSoftAuthenticator();
    const json = authenticator.authenticate(ceremony);
    expect(json).toEqual({
      id: authenticator.credentialId,
      rawId: authenticator.credentialId,
      type: "public-key",
      response: {
        clientDataJSON: expect.any(String) as string,
        authenticatorData: expect.any(String) as string,
        signature: expect.any(String) as string,
      },
      clientExtensionResults: {},
      authenticatorAttachment: "cross-platform",
    });
    expect("userHandle" in json.response).toBe(false);
  });

  it("signs authenticatorData || sha256(clientDataJSON) with the registered key (DER ECDSA)", () => {
    const authenticator = createSoftAuthenticator();
    const { authData: registered } = decodeRegistration(authenticator.register(ceremony));
    const key = keyFromCOSE(registered.cose ?? new Uint8Array());
    const json = authenticator.authenticate(ceremony);
    expect(signatureVerifies(json, key)).toBe(true);
    expect(fromBase64URL(json.response.signature)[0]).toBe(0x30); // DER SEQUENCE

    const { clientData, authData } = decodeAssertion(json);
    expect(clientData).toBe(
      '{"type":"webauthn.get","challenge":"dGhlLWNoYWxsZW5nZS1vZi10aGUtc2VydmVy",' +
        '"origin":"http://localhost:3000","crossOrigin":false}',
    );
    expect(hex(authData.rpIdHash)).toBe(hex(sha256("localhost")));
    expect(authData.flags).toBe(0x01 | 0x04); // no AT, no attested data (length checked)

    // the signature covers the client data: another challenge does not verify
    const other = createSoftAuthenticator().authenticate(ceremony);
    expect(signatureVerifies(other, key)).toBe(false);
    const forged = {
      ...json,
      response: {
        ...json.response,
        clientDataJSON: toBase64URL(Buffer.from(clientData.replace("dGhl", "dGhm"))),
      },
    };
    expect(signatureVerifies(forged, key)).toBe(false);
  });

  it("increments its counter by one before each signature", () => {
    const authenticator = createSoftAuthenticator();
    const counters = [1, 2, 3].map(() => {
      const json = authenticator.authenticate(ceremony);
      expect(signatureVerifies(json, authenticator.publicKey)).toBe(true);
      return decodeAssertion(json).authData;
    });
    expect(counters.map((c) => c.counter)).toEqual([1, 2, 3]);
    expect(hex(counters[2]?.counterBytes ?? new Uint8Array())).toBe("00000003");
    expect(authenticator.signCount).toBe(3);

    authenticator.signCount = 0x01020304;
    const after = decodeAssertion(authenticator.authenticate(ceremony)).authData;
    expect(hex(after.counterBytes)).toBe("01020305"); // big-endian
  });

  it("reports an explicit counter without moving its own", () => {
    const authenticator = createSoftAuthenticator({ signCount: 10 });
    const json = authenticator.authenticate({ ...ceremony, counter: 4 });
    expect(decodeAssertion(json).authData.counter).toBe(4);
    expect(signatureVerifies(json, authenticator.publicKey)).toBe(true);
    expect(authenticator.signCount).toBe(10);
    expect(decodeAssertion(authenticator.authenticate(ceremony)).authData.counter).toBe(11);
    expect(() => authenticator.authenticate({ ...ceremony, counter: -1 })).toThrow(RangeError);
  });

  it("always reports 0 when counterless", () => {
    const authenticator = createSoftAuthenticator({ counterless: true });
    for (let i = 0; i < 3; i += 1) {
      const json = authenticator.authenticate(ceremony);
      expect(decodeAssertion(json).authData.counter).toBe(0);
      expect(signatureVerifies(json, authenticator.publicKey)).toBe(true);
    }
    expect(authenticator.signCount).toBe(0);
  });

  it("carries the user handle when discoverable or when asked to", () => {
    const userHandle = toBase64URL(Uint8Array.from([1, 2, 3, 4, 5]));
    const discoverable = createSoftAuthenticator();
    expect(discoverable.discoverable).toBe(false);
    discoverable.register({ ...ceremony, userHandle });
    expect(discoverable.discoverable).toBe(true);
    expect(discoverable.authenticate(ceremony).response.userHandle).toBe(userHandle);

    const fromOptions = createSoftAuthenticator({ userHandle });
    expect(fromOptions.authenticate(ceremony).response.userHandle).toBe(userHandle);

    const plain = createSoftAuthenticator();
    expect(plain.authenticate({ ...ceremony, userHandle: "AQ" }).response.userHandle).toBe("AQ");
    expect(plain.authenticate(ceremony).response.userHandle).toBeUndefined();
  });
});

describe("tamper knobs change exactly their field", () => {
  type Knobs = Omit<CeremonyOptions, "challenge" | "origin" | "rpId">;
  // spreading the patch over the default keeps each key in its place
  const clientDataWith = (patch: Record<string, unknown>, type: string): string =>
    JSON.stringify({
      type,
      challenge: ceremony.challenge,
      origin: ceremony.origin,
      crossOrigin: false,
      ...patch,
    });

  const cases: {
    name: string;
    knobs: Knobs;
    flagsXor?: number;
    rpIdHash?: string;
    client?: Record<string, unknown>;
  }[] = [
    { name: "type", knobs: { type: "webauthn.other" }, client: { type: "webauthn.other" } },
    { name: "crossOrigin", knobs: { crossOrigin: true }, client: { crossOrigin: true } },
    { name: "rpIdHashOf", knobs: { rpIdHashOf: "evil.example" }, rpIdHash: "evil.example" },
    { name: "userPresent", knobs: { userPresent: false }, flagsXor: 0x01 },
    { name: "userVerified", knobs: { userVerified: false }, flagsXor: 0x04 },
    { name: "backupEligible", knobs: { backupEligible: true }, flagsXor: 0x08 },
    { name: "backedUp", knobs: { backedUp: true }, flagsXor: 0x10 },
  ];

  for (const c of cases) {
    it(`register: ${c.name}`, () => {
      const authenticator = createSoftAuthenticator();
      const base = decodeRegistration(authenticator.register(ceremony));
      const bent = decodeRegistration(authenticator.register({ ...ceremony, ...c.knobs }));
      const expectedClient = c.client
        ? clientDataWith(c.client, "webauthn.create")
        : base.clientData;
      expect(bent.clientData).toBe(expectedClient);
      expect(bent.authData).toEqual({
        ...base.authData,
        flags: base.authData.flags ^ (c.flagsXor ?? 0),
        rpIdHash: c.rpIdHash === undefined ? base.authData.rpIdHash : sha256(c.rpIdHash),
      });
      expect(bent.attestation.get("fmt")).toBe("none");
    });

    it(`authenticate: ${c.name}`, () => {
      const authenticator = createSoftAuthenticator();
      const fixed: AuthenticateOptions = { ...ceremony, counter: 5 };
      const base = decodeAssertion(authenticator.authenticate(fixed));
      const json = authenticator.authenticate({ ...fixed, ...c.knobs });
      const bent = decodeAssertion(json);
      const expectedClient = c.client ? clientDataWith(c.client, "webauthn.get") : base.clientData;
      expect(bent.clientData).toBe(expectedClient);
      expect(bent.authData).toEqual({
        ...base.authData,
        flags: base.authData.flags ^ (c.flagsXor ?? 0),
        rpIdHash: c.rpIdHash === undefined ? base.authData.rpIdHash : sha256(c.rpIdHash),
      });
      expect(signatureVerifies(json, authenticator.publicKey)).toBe(true); // still well signed
    });
  }
});
