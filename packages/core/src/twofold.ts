import * as accounts from "./accounts/accounts";
import * as appSignIns from "./oidc/app-sign-ins";
import { signingKeys } from "./oidc/keys";
import * as oidcRecords from "./oidc/records";
import { requestRecoveryLink, sendRecoveryPhoneCode } from "./account-recovery/ask-proof";
import { completeRecovery } from "./account-recovery/complete";
import { deviceCancelRecovery, deviceRecoveryStatus } from "./account-recovery/device";
import { recentBrowserCookie } from "./account-recovery/recent-browsers";
import { remindPendingRecoveries } from "./account-recovery/reminders";
import { startRecovery } from "./account-recovery/start";
import { cancelRecovery, recoveryStatus } from "./account-recovery/status";
import { signUp } from "./accounts/sign-up";
import { setTimeZone } from "./accounts/time-zone";
import { verifyEmail } from "./accounts/verify-email";
import { remainingBackupCodes } from "./backup-codes/backup-codes";
import { verifyBackupCodeSignIn } from "./backup-codes/sign-in";
import { createDeps, type Deps, type DepsOptions, type EngineEvent } from "./deps";
import type { RequestMeta } from "./ports";
import {
  chainHolds,
  sealAll,
  verifyLog,
  type LogHead,
  type LogVerdict,
} from "./security-log/chain";
import { listEvents, recordEvent } from "./security-log/security-log";
import { exportLog } from "./security-log/export/export";
import { deliverQueuedMail, type DeliveryRound } from "./notifications/deliver";
import { queueNotifications } from "./notifications/queue";
import { reportNotMe } from "./notifications/not-me";
import * as sessions from "./sessions/sessions";
import { beginTOTPEnrollment, confirmTOTPEnrollment } from "./totp/enrollment";
import { verifyTOTPSignIn } from "./totp/sign-in";
import { answerPush } from "./push/answers";
import { beginDeviceEnrollment, deviceEnrollmentStatus, enrollDevice } from "./push/enrollment";
import { gatewayTicket, serverPublicKey } from "./push/gateway-tokens";
import { verifyDeviceCodeSignIn } from "./push/offline-code";
import { pendingForDevice } from "./push/poll";
import { deviceRequestStatus } from "./push/device-status";
import { removeSignedDevice } from "./push/device-remove";
import { cancelPush } from "./push/cancel";
import { startPush } from "./push/requests";
import { subscribeDevice, webPushSubscriptions } from "./push/subscriptions";
import { finishPushSignIn, pushStatus } from "./push/result";
import { waitForPushResult } from "./push/wait";
import * as recovery from "./recovery-contacts";
import { answerMethodsCheck, checkupStatus } from "./checkup";
import { addPhone, confirmPhone, resendPhoneCode } from "./sms/enrollment";
import { sendSignInCode, verifySMSSignIn } from "./sms/sign-in";
import * as manage from "./two-factor/manage";
import {
  createAppPassword,
  listAppPasswords,
  revokeAllAppPasswords,
  revokeAppPassword,
} from "./app-passwords/manage";
import { checkSyncLogin } from "./app-passwords/sync-check";
import { browserPolicy, changePassword, setBrowserPolicy } from "./accounts/settings";
import { endAccountSession, endOtherSessions, listSessions } from "./sessions/manage";
import {
  listTrustedBrowsers,
  revokeTrustedBrowser,
  trustBrowser,
} from "./trusted-browsers/trusted-browsers";
import { beginWebAuthnSignIn, verifyWebAuthnSignIn } from "./webauthn/authentication";
import { beginPasswordReset, completePasswordReset, requestPasswordReset } from "./password-reset";
import { beginPasskeySignIn, finishPasskeySignIn } from "./webauthn/passkey";
import { stepUpMethods } from "./step-up/methods";
import {
  cancelStepUpPush,
  finishStepUpPush,
  startStepUpPush,
  stepUpPushResult,
} from "./step-up/push";
import { stepUpWithTOTP } from "./step-up/totp";
import { beginStepUpWebAuthn, finishStepUpWebAuthn } from "./step-up/webauthn";
import { beginRegistration, finishRegistration } from "./webauthn/registration";

const bind =
  <A extends unknown[], R>(deps: Deps, fn: (deps: Deps, ...args: A) => R) =>
  (...args: A): R =>
    fn(deps, ...args);

/**
 * The engine, its functions bound to one set of dependencies. The API layer holds one of these;
 * everything it can do to an account goes through here.
 */
export function createTwofold(options: DepsOptions) {
  const deps = createDeps(options);
  return {
    deps,
    accounts: {
      signUp: bind(deps, signUp),
      verifyEmail: bind(deps, verifyEmail),
      signIn: bind(deps, accounts.signIn),
      get: bind(deps, accounts.getAccount),
      reauthenticateWithPassword: bind(deps, accounts.reauthenticateWithPassword),
      changePassword: bind(deps, changePassword),
      browserPolicy: bind(deps, browserPolicy),
      setBrowserPolicy: bind(deps, setBrowserPolicy),
      setLocale: bind(deps, accounts.setLocale),
      setTimeZone: bind(deps, setTimeZone),
    },
    /** "Forgot password": a link by email, the second step, then the new password. */
    passwordReset: {
      request: bind(deps, requestPasswordReset),
      begin: bind(deps, beginPasswordReset),
      complete: bind(deps, completePasswordReset),
    },
    /** The OpenID Connect provider's storage, keys and the apps' sign-ins (see oidc/). */
    oidc: {
      upsert: bind(deps, oidcRecords.upsertRecord),
      find: bind(deps, oidcRecords.findRecord),
      findByUid: bind(deps, oidcRecords.findRecordByUid),
      findByUserCode: bind(deps, oidcRecords.findRecordByUserCode),
      consume: bind(deps, oidcRecords.consumeRecord),
      destroy: bind(deps, oidcRecords.destroyRecord),
      revokeGrant: bind(deps, oidcRecords.revokeGrantRecords),
      signingKeys: () => signingKeys(deps),
      recordAppSignIn: bind(deps, appSignIns.recordAppSignIn),
      grantOfSession: bind(deps, appSignIns.grantOfSession),
      noteSid: bind(deps, appSignIns.noteAppSid),
      dueLogouts: (limit?: number) => appSignIns.dueLogouts(deps, limit),
      logoutDone: bind(deps, appSignIns.logoutDone),
      purge: async (): Promise<void> => {
        await oidcRecords.purgeExpiredRecords(deps);
        await appSignIns.purgeEndedAppSignIns(deps);
      },
    },
    /** What another server's engine published (through the server's event bus). */
    events: {
      receive: (event: EngineEvent): void => {
        if (event.type === "app_passwords_changed")
          deps.appPasswordCache.evictAccount(event.accountId);
        if (event.type === "push_request_changed") deps.pushWaiters.wake(event.requestId);
      },
    },
    /** "I can't use any of my methods": an account recovery that waits. */
    recovery: {
      requestLink: bind(deps, requestRecoveryLink),
      sendPhoneCode: bind(deps, sendRecoveryPhoneCode),
      start: bind(deps, startRecovery),
      status: bind(deps, recoveryStatus),
      cancel: bind(deps, cancelRecovery),
      complete: bind(deps, completeRecovery),
      /** What an authenticator device reads and does (signed by it). */
      deviceStatus: bind(deps, deviceRecoveryStatus),
      deviceCancel: bind(deps, deviceCancelRecovery),
      /** The due "ends soon" reminders (the server's background worker). */
      remind: (): Promise<number> => remindPendingRecoveries(deps),
      /** The "this browser signed in to these accounts" cookie after a full sign-in. */
      recentBrowserCookie: bind(deps, recentBrowserCookie),
    },
    trustedBrowsers: {
      trust: bind(deps, trustBrowser),
      list: bind(deps, listTrustedBrowsers),
      revoke: bind(deps, revokeTrustedBrowser),
    },
    appPasswords: {
      create: bind(deps, createAppPassword),
      list: bind(deps, listAppPasswords),
      revoke: bind(deps, revokeAppPassword),
      revokeAll: (accountId: string, meta: RequestMeta) =>
        revokeAllAppPasswords(deps, { accountId, meta, because: "asked" }),
      checkSync: bind(deps, checkSyncLogin),
    },
    sessions: {
      list: bind(deps, listSessions),
      endOne: bind(deps, endAccountSession),
      endOthers: bind(deps, endOtherSessions),
      resolve: bind(deps, sessions.resolveSession),
      hasRecentAuthentication: bind(deps, sessions.hasRecentAuthentication),
      end: async (session: sessions.Session, meta: RequestMeta): Promise<void> => {
        await sessions.endSession(deps, session.id);
        await recordEvent(deps, { accountId: session.accountId, type: "signed_out", meta });
      },
    },
    secondFactor: {
      verifyTOTP: bind(deps, verifyTOTPSignIn),
      verifyBackupCode: bind(deps, verifyBackupCodeSignIn),
      beginWebAuthn: bind(deps, beginWebAuthnSignIn),
      verifyWebAuthn: bind(deps, verifyWebAuthnSignIn),
    },
    sms: {
      addPhone: bind(deps, addPhone),
      resendPhoneCode: bind(deps, resendPhoneCode),
      confirmPhone: bind(deps, confirmPhone),
      sendSignInCode: bind(deps, sendSignInCode),
      verifySignIn: bind(deps, verifySMSSignIn),
    },
    webauthn: {
      beginRegistration: bind(deps, beginRegistration),
      finishRegistration: bind(deps, finishRegistration),
    },
    push: {
      beginDeviceEnrollment: bind(deps, beginDeviceEnrollment),
      enrollmentStatus: bind(deps, deviceEnrollmentStatus),
      enrollDevice: bind(deps, enrollDevice),
      start: bind(deps, startPush),
      answer: bind(deps, answerPush),
      pending: bind(deps, pendingForDevice),
      deviceStatus: bind(deps, deviceRequestStatus),
      removeDevice: bind(deps, removeSignedDevice),
      status: bind(deps, pushStatus),
      /** The status, waiting (a long poll) while it is pending. */
      waitForResult: bind(deps, waitForPushResult),
      finish: bind(deps, finishPushSignIn),
      cancel: bind(deps, cancelPush),
      gatewayTicket: bind(deps, gatewayTicket),
      verifyOfflineCode: bind(deps, verifyDeviceCodeSignIn),
      subscribe: bind(deps, subscribeDevice),
      webPushSubscriptions: bind(deps, webPushSubscriptions),
      serverPublicKey: () => serverPublicKey(deps),
    },
    /** Step-up: a strong method again opens security changes for a few minutes. */
    stepUp: {
      methods: bind(deps, stepUpMethods),
      password: bind(deps, accounts.reauthenticateWithPassword),
      totp: bind(deps, stepUpWithTOTP),
      beginWebAuthn: bind(deps, beginStepUpWebAuthn),
      finishWebAuthn: bind(deps, finishStepUpWebAuthn),
      startPush: bind(deps, startStepUpPush),
      pushResult: bind(deps, stepUpPushResult),
      cancelPush: bind(deps, cancelStepUpPush),
      finishPush: bind(deps, finishStepUpPush),
    },
    passkeys: {
      begin: bind(deps, beginPasskeySignIn),
      finish: bind(deps, finishPasskeySignIn),
    },
    totp: {
      beginEnrollment: bind(deps, beginTOTPEnrollment),
      confirmEnrollment: bind(deps, confirmTOTPEnrollment),
    },
    twoFactor: {
      status: bind(deps, manage.twoFactorStatus),
      setPreferred: bind(deps, manage.setPreferredFactor),
      renameFactor: bind(deps, manage.renameFactor),
      removeFactor: bind(deps, manage.removeFactor),
      disable: bind(deps, manage.disableTwoFactor),
      enableMethod: bind(deps, manage.enableMethod),
    },
    backupCodes: {
      remaining: (accountId: string): Promise<number> => remainingBackupCodes(deps, accountId),
      regenerate: bind(deps, manage.regenerateBackupCodes),
    },
    /** The security check-up, and the 30-day "Do your methods still work?" (checkup/). */
    checkup: {
      status: bind(deps, checkupStatus),
      answerMethodsCheck: bind(deps, answerMethodsCheck),
    },
    /** The recovery address and mobile ("Security and recovery"). */
    recoveryContacts: {
      view: bind(deps, recovery.recoveryContactsView),
      /** The verified contacts, opened (what recovery sends to). */
      opened: bind(deps, recovery.recoveryContacts),
      setAddress: bind(deps, recovery.setRecoveryAddress),
      confirmAddress: bind(deps, recovery.confirmRecoveryAddress),
      removeAddress: bind(deps, recovery.removeRecoveryAddress),
      setPhone: bind(deps, recovery.setRecoveryPhone),
      confirmPhone: bind(deps, recovery.confirmRecoveryPhone),
      removePhone: bind(deps, recovery.removeRecoveryPhone),
    },
    securityLog: {
      list: bind(deps, listEvents),
      /** The whole log of an account as one CSV or JSON file, with its hashes. */
      export: bind(deps, exportLog),
      /**
       * Seals new events into the chain (the new head, or null when nothing was new) and queues
       * the emails they call for (the log worker).
       */
      sealAndQueue: async (): Promise<{ head: LogHead | null; queued: number }> => {
        const head = await sealAll(deps);
        return { head, queued: await queueNotifications(deps) };
      },
      /** Both workers' rounds, once: seals, queues, then sends what is due (tests, tools). */
      process: async (): Promise<{ head: LogHead | null; mailed: number }> => {
        const head = await sealAll(deps);
        await queueNotifications(deps);
        return { head, mailed: (await deliverQueuedMail(deps)).sent };
      },
      /** Whether the chain still holds a witnessed head (before a witness moves forward). */
      holds: (witness: LogHead): Promise<boolean> => chainHolds(deps, witness),
      verify: (witness?: LogHead): Promise<LogVerdict> => verifyLog(deps, witness),
    },
    notifications: {
      reportNotMe: bind(deps, reportNotMe),
      /** Sends the queued emails that are due, with retries (the server's mail worker). */
      deliver: (): Promise<DeliveryRound> => deliverQueuedMail(deps),
    },
  };
}

export type Twofold = ReturnType<typeof createTwofold>;
