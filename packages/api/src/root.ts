import { accountRouter } from "./routers/account";
import { authRouter } from "./routers/auth";
import { deviceRouter } from "./routers/device";
import { pushRouter } from "./routers/push";
import { contactsProcedures } from "./routers/recovery-contacts";
import { resetProcedures } from "./routers/recovery-reset";
import { accountRecoveryProcedures } from "./routers/recovery-account";
import { backupCodesRouter } from "./routers/backup-codes";
import { checkupRouter } from "./routers/checkup";
import { securityLogRouter } from "./routers/security-log";
import { smsRouter } from "./routers/sms";
import { systemRouter } from "./routers/system";
import { appPasswordsRouter } from "./routers/app-passwords";
import { sessionsRouter } from "./routers/sessions";
import { trustedBrowsersRouter } from "./routers/trusted-browsers";
import { totpRouter } from "./routers/totp";
import { twoFactorRouter } from "./routers/two-factor";
import { webauthnRouter } from "./routers/webauthn";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  account: accountRouter,
  twoFactor: twoFactorRouter,
  totp: totpRouter,
  webauthn: webauthnRouter,
  sms: smsRouter,
  push: pushRouter,
  device: deviceRouter,
  backupCodes: backupCodesRouter,
  securityLog: securityLogRouter,
  appPasswords: appPasswordsRouter,
  sessions: sessionsRouter,
  trustedBrowsers: trustedBrowsersRouter,
  checkup: checkupRouter,
  // Recovery gathers the procedures of its parts (contacts; reset and account recovery).
  recovery: createTRPCRouter({
    ...contactsProcedures,
    ...resetProcedures,
    ...accountRecoveryProcedures,
  }),
  system: systemRouter,
});

/** The type every front end imports (as a type only) to get a typed client. */
export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
