/**
 * The API reference, generated from the router: every procedure's path and kind, its input and
 * output shapes (from its zod schemas), who may call it and the reasons it can answer (read from
 * the source: procedure-source.ts).
 */
import { join } from "node:path";
import { FRAMEWORK_REASONS } from "../src/errors";
import { appRouter } from "../src/root";
import { API_DIR, readSource } from "./procedure-source";
import { schemaOf } from "./shapes";

/** Where the reference is committed, from the repository's root. */
export const REFERENCE_PATH = "docs/api-reference.md";
export const REFERENCE_FILE = join(API_DIR, "..", "..", REFERENCE_PATH);
export const REGENERATE = "pnpm --filter @twofold/api api-docs";

interface ProcedureDef {
  _def: { type: string; inputs: unknown[]; output?: unknown };
}

/** The reference as markdown, from the router as it is now. */
export function renderApiReference(): string {
  const facts = readSource();
  const procedures = appRouter._def.procedures as unknown as Record<string, ProcedureDef>;
  const paths = Object.keys(procedures);
  const unread = paths.filter((p) => !facts.has(p));
  const unknown = [...facts.keys()].filter((p) => !(p in procedures));
  if (unread.length > 0 || unknown.length > 0)
    throw new Error(`router and source disagree: ${[...unread, ...unknown].join(", ")}`);

  const framework = [...new Set(Object.values(FRAMEWORK_REASONS))].map((r) => `\`${r}\``);
  const lines = [
    "# API reference",
    "",
    `Generated from the router (\`packages/api/src/root.ts\`) by \`${REGENERATE}\`; do not edit:`,
    "a test fails when this file and the router disagree.",
    "",
    "Plain JSON over HTTP, no transformer: a mutation is `POST /trpc/<path>` with the input as",
    "the JSON body, a query `GET /trpc/<path>?input=<url-encoded JSON>`; dates are ISO strings.",
    "An input object refuses unknown fields. A refusal carries a stable `error.data.reason`",
    "(RATE_LIMITED also `retryAt`; PASSWORD_TOO_WEAK a `hint`: common, repeated, sequence,",
    "keyboard, date, words, personal or guessable). Besides the reasons listed with each procedure, any",
    "procedure may answer `SERVICE_UNAVAILABLE` (a part the server needs is out of reach, HTTP",
    "503), `INTERNAL_ERROR`, `CROSS_SITE_REQUEST` (the HTTP guards) and what tRPC itself",
    `refuses before a procedure runs: ${framework.join(", ")}.`,
    "",
    "Shapes are written as TypeScript types: `?` marks an optional field, parentheses a format",
    "or bounds.",
  ];
  let router = "";
  for (const path of paths) {
    const procedure = procedures[path];
    const found = facts.get(path);
    if (!procedure || !found) continue;
    const group = path.split(".")[0] ?? "";
    if (group !== router) {
      router = group;
      lines.push("", `## ${router}`);
    }
    const [input] = procedure._def.inputs;
    const reasons = [...found.reasons];
    if (input !== undefined && !found.reasons.has("INVALID_INPUT")) reasons.push("INVALID_INPUT");
    reasons.sort();
    const inputShape = schemaOf(input, "input");
    const outputShape = schemaOf(procedure._def.output, "output");
    lines.push("", `### ${path}`, "", `${procedure._def.type}; called by ${found.access}.`);
    if (found.doc) lines.push("", found.doc);
    lines.push("", "Input:", "", "```ts", inputShape ?? "none", "```");
    lines.push("", "Output:", "", "```ts", outputShape ?? "not declared", "```");
    const listed = reasons.map((r) => `\`${r}\``).join(", ");
    lines.push(
      "",
      found.anyReason
        ? `Reasons: any (a core result it unwraps declares the whole Reason type)${listed ? `; named: ${listed}` : ""}.`
        : `Reasons: ${listed || "none of its own"}.`,
    );
  }
  return `${lines.join("\n")}\n`;
}
