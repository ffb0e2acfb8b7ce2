import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from "@twofold/core";
import * as z from "zod";

/** base64url, bounded: every binary field of a WebAuthn answer. */
const b64 = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[A-Za-z0-9_-]*$/, "base64url");
const transports = z.array(z.string().max(16)).max(8);
const common = {
  id: b64(1024),
  rawId: b64(1024),
  type: z.literal("public-key"),
  // The extension outputs a browser may report; none is used, unknown ones are dropped.
  clientExtensionResults: z
    .object({
      appid: z.boolean().optional(),
      credProps: z.object({ rk: z.boolean().optional() }).optional(),
      hmacCreateSecret: z.boolean().optional(),
    })
    .optional()
    .default({}),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
};

/** What @simplewebauthn/browser's startRegistration returns; unknown fields are dropped. */
export const registrationResponse = z.object({
  ...common,
  response: z.object({
    clientDataJSON: b64(4096),
    attestationObject: b64(16_384),
    transports: transports.optional(),
  }),
}) satisfies z.ZodType<RegistrationResponseJSON, unknown>;

/** What startAuthentication returns. */
export const authenticationResponse = z.object({
  ...common,
  response: z.object({
    clientDataJSON: b64(4096),
    authenticatorData: b64(4096),
    signature: b64(1024),
    userHandle: b64(256).optional(),
  }),
}) satisfies z.ZodType<AuthenticationResponseJSON, unknown>;

/** Options made by the server for the browser: passed through as they are. */
export const creationOptions = z.custom<PublicKeyCredentialCreationOptionsJSON>(
  (v) => typeof v === "object" && v !== null,
);
export const requestOptions = z.custom<PublicKeyCredentialRequestOptionsJSON>(
  (v) => typeof v === "object" && v !== null,
);
