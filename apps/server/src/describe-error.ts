/** What an internal error may put in the logs: never a query's parameters (they hold data). */
export function describeError(error: unknown): Record<string, string> {
  if (!(error instanceof Error)) return { error: typeof error };
  const cause = error.cause instanceof Error ? error.cause : undefined;
  const code = (value: unknown): string | undefined =>
    typeof value === "object" && value !== null && "code" in value && typeof value.code === "string"
      ? value.code
      : undefined;
  return {
    name: error.name,
    message: error.message.split("\nparams:")[0]?.slice(0, 500) ?? "",
    ...(code(error) && { code: code(error) }),
    ...(cause && {
      cause: `${cause.name}: ${cause.message.split("\nparams:")[0]?.slice(0, 300) ?? ""}`,
    }),
    ...(code(cause) && { causeCode: code(cause) }),
  };
}
