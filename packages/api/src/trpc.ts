import { initTRPC } from "@trpc/server";
import { isServiceUnavailable, type ResolvedSession } from "@twofold/core";
import { TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";
import { ZodError } from "zod";
import type { PasswordHint } from "@twofold/core";
import type { Context } from "./context";
import { OPEN_TO_PASSWORD_CHANGE_PROCEDURES } from "./procedure-access";
import { FRAMEWORK_REASONS, ReasonError, reasonError, type ApiReason } from "./errors";

/** The stable reason of any error a procedure raised (what `data.reason` carries). */
export function reasonOf(error: { code: string; cause?: unknown }): {
  reason: ApiReason;
  retryAt?: string;
  hint?: PasswordHint;
} {
  if (error.cause instanceof ReasonError) {
    return {
      reason: error.cause.reason,
      ...(error.cause.retryAt && { retryAt: error.cause.retryAt.toISOString() }),
      ...(error.cause.hint && { hint: error.cause.hint }),
    };
  }
  if (error.cause instanceof ZodError) return { reason: "INVALID_INPUT" };
  // The database out of reach mid-request: a temporary failure, said the same way everywhere.
  if (error.code === "INTERNAL_SERVER_ERROR" && isServiceUnavailable(error.cause))
    return { reason: "SERVICE_UNAVAILABLE" };
  const framework = (FRAMEWORK_REASONS as Record<string, ApiReason | undefined>)[error.code];
  return { reason: framework ?? "INTERNAL_ERROR" };
}

const t = initTRPC.context<Context>().create({
  isDev: false,
  errorFormatter({ shape, error }) {
    const { reason, retryAt, hint } = reasonOf(error);
    const issues =
      error.cause instanceof ZodError
        ? error.cause.issues.map((i) => ({ path: i.path.map(String), code: i.code }))
        : undefined;
    // An outage met by an unexpected throw becomes the 503 its reason says (the status is
    // taken from `data.httpStatus`), so clients and proxies know to try again.
    const unavailable = reason === "SERVICE_UNAVAILABLE" && shape.data.httpStatus === 500;
    return {
      code: unavailable ? TRPC_ERROR_CODES_BY_KEY.SERVICE_UNAVAILABLE : shape.code,
      // Never a stack or an internal message: the reason says everything a client needs.
      message: reason,
      data: {
        code: unavailable ? "SERVICE_UNAVAILABLE" : shape.data.code,
        httpStatus: unavailable ? 503 : shape.data.httpStatus,
        path: shape.data.path,
        reason,
        ...(retryAt && { retryAt }),
        ...(hint && { hint }),
        ...(issues && { issues }),
      },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure;

/** Any live session, even one still waiting for its second factor. */
export const sessionProcedure = t.procedure.use(async ({ ctx, next }) => {
  const session: ResolvedSession | null = ctx.req.token
    ? await ctx.deps.twofold.sessions.resolve(ctx.req.token)
    : null;
  if (!session) throw reasonError("UNAUTHENTICATED");
  return next({ ctx: { ...ctx, session } });
});

/**
 * A fully signed-in session: a pending one is refused with SECOND_FACTOR_REQUIRED, a password
 * reset's with PASSWORD_RESET_ONLY, and one whose
 * account must choose a new password with PASSWORD_CHANGE_REQUIRED (but for the few procedures
 * that lead there).
 */
export const authedProcedure = sessionProcedure.use(({ ctx, path, next }) => {
  if (ctx.session.state !== "active") throw reasonError("SECOND_FACTOR_REQUIRED");
  // A reset's session proved a factor only to set the new password (recovery.completePasswordReset).
  if (ctx.session.purpose === "password_reset") throw reasonError("PASSWORD_RESET_ONLY");
  if (ctx.session.passwordChangeRequired && !OPEN_TO_PASSWORD_CHANGE_PROCEDURES.has(path))
    throw reasonError("PASSWORD_CHANGE_REQUIRED");
  return next();
});

/** A security change: the last full authentication must be recent (step-up). */
export const stepUpProcedure = authedProcedure.use(({ ctx, next }) => {
  if (!ctx.deps.twofold.sessions.hasRecentAuthentication(ctx.session))
    throw reasonError("REAUTH_REQUIRED");
  return next();
});
