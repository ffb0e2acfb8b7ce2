import { initTRPC } from "@trpc/server";
import type { ResolvedSession } from "@twofold/core";
import { ZodError } from "zod";
import type { Context } from "./context";
import { OPEN_TO_PASSWORD_CHANGE_PROCEDURES } from "./procedure-access";
import { FRAMEWORK_REASONS, ReasonError, reasonError, type ApiReason } from "./errors";

/** The stable reason of any error a procedure raised (what `data.reason` carries). */
export function reasonOf(error: { code: string; cause?: unknown }): {
  reason: ApiReason;
  retryAt?: string;
} {
  if (error.cause instanceof ReasonError) {
    return {
      reason: error.cause.reason,
      ...(error.cause.retryAt && { retryAt: error.cause.retryAt.toISOString() }),
    };
  }
  if (error.cause instanceof ZodError) return { reason: "INVALID_INPUT" };
  const framework = (FRAMEWORK_REASONS as Record<string, ApiReason | undefined>)[error.code];
  return { reason: framework ?? "INTERNAL_ERROR" };
}

const t = initTRPC.context<Context>().create({
  isDev: false,
  errorFormatter({ shape, error }) {
    const { reason, retryAt } = reasonOf(error);
    const issues =
      error.cause instanceof ZodError
        ? error.cause.issues.map((i) => ({ path: i.path.map(String), code: i.code }))
        : undefined;
    return {
      code: shape.code,
      // Never a stack or an internal message: the reason says everything a client needs.
      message: reason,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        reason,
        ...(retryAt && { retryAt }),
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
 * A fully signed-in session: a pending one is refused with SECOND_FACTOR_REQUIRED, and one whose
 * account must choose a new password with PASSWORD_CHANGE_REQUIRED (but for the few procedures
 * that lead there).
 */
export const authedProcedure = sessionProcedure.use(({ ctx, path, next }) => {
  if (ctx.session.state !== "active") throw reasonError("SECOND_FACTOR_REQUIRED");
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
