// Zod schemas as TypeScript-like types, through their JSON Schema (z.toJSONSchema).
import * as z from "zod";

type JSONSchema = {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  anyOf?: JSONSchema[];
  oneOf?: JSONSchema[];
  properties?: Record<string, JSONSchema>;
  required?: string[];
  additionalProperties?: JSONSchema | boolean;
  items?: JSONSchema;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
};

/** What a schema adds to its type: a format and bounds. */
function notes(schema: JSONSchema): string {
  const parts: string[] = [];
  if (schema.format) parts.push(schema.format);
  const range = (min?: number, max?: number, unit = ""): void => {
    if (min !== undefined && max !== undefined) parts.push(`${min} to ${max}${unit}`);
    else if (min !== undefined) parts.push(`at least ${min}${unit}`);
    else if (max !== undefined) parts.push(`at most ${max}${unit}`);
  };
  range(schema.minLength, schema.maxLength, " characters");
  range(schema.minimum, schema.maximum);
  range(schema.minItems, schema.maxItems, " items");
  if (schema.pattern && !schema.format) parts.push(`matching /${schema.pattern}/`);
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}

/** A JSON Schema as a TypeScript-like type, with bounds and formats in parentheses. */
function shape(schema: JSONSchema, indent = ""): string {
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return union.map((s) => shape(s, indent)).join(" | ");
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length === 0) return "unknown";
  return types
    .map((type) => {
      if (type === "object") {
        const properties = Object.entries(schema.properties ?? {});
        if (properties.length === 0) {
          const extra = schema.additionalProperties;
          return typeof extra === "object" ? `Record<string, ${shape(extra, indent)}>` : "{}";
        }
        const required = new Set(schema.required ?? []);
        const lines = properties.map(
          ([key, value]) =>
            `${indent}  ${key}${required.has(key) ? "" : "?"}: ${shape(value, `${indent}  `)}`,
        );
        return `{\n${lines.join("\n")}\n${indent}}`;
      }
      if (type === "array") {
        const item = schema.items ? shape(schema.items, indent) : "unknown";
        return `${/[|{ ]/.test(item) ? `(${item})` : item}[]${notes(schema)}`;
      }
      return `${type}${notes(schema)}`;
    })
    .join(" | ");
}

/** The shape of a zod schema as it goes in or comes out; null when there is none. */
export function schemaOf(parser: unknown, io: "input" | "output"): string | null {
  if (!(parser instanceof z.ZodType)) return null;
  const json = z.toJSONSchema(parser, { io, unrepresentable: "any" }) as JSONSchema;
  return shape(json);
}
