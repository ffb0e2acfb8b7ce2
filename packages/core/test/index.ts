/**
 * `@twofold/core/testing`: test support for core and the layers above (never imported by
 * shipped code). Each helper lives in its own file of this folder; this file only gathers them.
 */
export {
  createTestEngine,
  mailTo,
  must,
  opened,
  PAST_ANY_DELAY_MS,
  pendingSignIn,
  TEST_META,
  TEST_PASSWORD,
  uniqueEmail,
  useTestEngine,
  type TestEngine,
  type TestPorts,
} from "./engine";
export { signedUpPerson, verificationMail, type SignUpInput } from "./sign-up";
export { addOTPApp, personWithTOTP, type PersonWithTOTP } from "./totp";
export {
  GENEROUS_SMS_LIMITS,
  personWithPhone,
  senderFor,
  uniqueMobile,
  useSmsProvider,
  type PersonWithPhone,
} from "./phones";
export { resetTokenMailedTo } from "./reset";
export { addDevice, personWithDevice, type PersonWithDevice } from "./devices";
export { recoveryPerson, useRecoveryWorld, type RecoveryWorld } from "./recovery";
export { claimOf, personWithAppPassword, type PersonWithAppPassword } from "./account-recovery";
