// What the source of the router says of each procedure, read with the TypeScript compiler: who
// may call it (the builder it starts from) and the reasons it can answer (the middlewares it runs,
// each `reasonError(...)`, the reason type of each core result it `unwrap`s).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { REASONS } from "@twofold/core";
import ts from "typescript";
import { OPEN_TO_PASSWORD_CHANGE_PROCEDURES } from "../src/procedure-access";

export const API_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
const SRC_DIR = join(API_DIR, "src");

/** Who may call a procedure, by the procedure builder it starts from (trpc.ts). */
const ACCESS: Record<string, string> = {
  publicProcedure: "anyone (no session)",
  sessionProcedure: "any session, even one waiting for its second factor",
  authedProcedure: "a signed-in session",
  stepUpProcedure: "a signed-in session with a full authentication in the last 5 minutes",
};

export interface SourceFacts {
  access: string;
  doc: string;
  reasons: Set<string>;
  /** A core result declared with the whole Reason type: any reason may come back. */
  anyReason: boolean;
}

/** What the source says of each procedure, by path ("auth.signIn"). */
export function readSource(): Map<string, SourceFacts> {
  const configFile = ts.readConfigFile(join(API_DIR, "tsconfig.json"), (p) => ts.sys.readFile(p));
  const config = ts.parseJsonConfigFileContent(configFile.config, ts.sys, API_DIR);
  const rootFile = join(SRC_DIR, "root.ts");
  const program = ts.createProgram({ rootNames: [rootFile], options: config.options });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(rootFile);
  if (!source) throw new Error(`cannot read ${rootFile}`);

  const declarationOf = (node: ts.Node): ts.Declaration | undefined => {
    let symbol = checker.getSymbolAtLocation(node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    return symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  };
  const inApi = (node: ts.Node): boolean => node.getSourceFile().fileName.startsWith(SRC_DIR);
  const unwrapExpression = (node: ts.Expression): ts.Expression =>
    ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)
      ? unwrapExpression(node.expression)
      : node;
  /** The property `holder.name` names, when the holder is an object literal this can follow. */
  const propertyBehind = (node: ts.Expression): ts.PropertyAssignment | undefined => {
    const inner = unwrapExpression(node);
    if (!ts.isPropertyAccessExpression(inner)) return undefined;
    let holder: ts.ObjectLiteralExpression;
    try {
      holder = objectOf(inner.expression);
    } catch {
      return undefined;
    }
    return holder.properties
      .filter(ts.isPropertyAssignment)
      .find((p) => p.name.getText() === inner.name.text);
  };
  /** The expression an identifier or a property stands for, else the expression. */
  const valueOf = (node: ts.Expression): ts.Expression => {
    const inner = unwrapExpression(node);
    const property = propertyBehind(inner);
    if (property) return valueOf(property.initializer);
    if (!ts.isIdentifier(inner)) return inner;
    const declaration = declarationOf(inner);
    return declaration && ts.isVariableDeclaration(declaration) && declaration.initializer
      ? valueOf(declaration.initializer)
      : inner;
  };
  const calleeName = (call: ts.CallExpression): string =>
    ts.isPropertyAccessExpression(call.expression)
      ? call.expression.name.text
      : ts.isIdentifier(call.expression)
        ? call.expression.text
        : "";
  const isProcedure = (node: ts.Expression): boolean =>
    ts.isCallExpression(node) && ["query", "mutation", "subscription"].includes(calleeName(node));

  /** The object literal of a router, or of an object of procedures spread into one. */
  const objectOf = (node: ts.Expression): ts.ObjectLiteralExpression => {
    const value = valueOf(node);
    if (ts.isObjectLiteralExpression(value)) return value;
    if (ts.isCallExpression(value)) {
      const [first] = value.arguments;
      if (calleeName(value) === "createTRPCRouter" && first) return objectOf(first);
      const declaration = declarationOf(value.expression);
      const body =
        declaration && ts.isFunctionDeclaration(declaration) ? declaration.body : undefined;
      const returned = body?.statements.find(ts.isReturnStatement)?.expression;
      if (returned) return objectOf(returned);
    }
    throw new Error(`cannot follow the router at ${describe(node)}`);
  };
  const describe = (node: ts.Node): string => {
    const file = node.getSourceFile();
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    return `${file.fileName.slice(API_DIR.length + 1)}:${line + 1}`;
  };

  /** String literals of a type (the reasons a union of them names). */
  const literals = (type: ts.Type): string[] =>
    (type.isUnion() ? type.types : [type]).flatMap((t) => (t.isStringLiteral() ? [t.value] : []));

  const visited = new Set<ts.Node>();
  /** Reasons raised anywhere under a node, following functions of this package it calls. */
  const reasonsIn = (node: ts.Node, facts: SourceFacts): void => {
    const add = (reasons: string[]): void => {
      if (reasons.length >= REASONS.length) facts.anyReason = true;
      else reasons.forEach((r) => facts.reasons.add(r));
    };
    const visit = (child: ts.Node): void => {
      if (ts.isCallExpression(child)) {
        const name = calleeName(child);
        const [first] = child.arguments;
        if (name === "reasonError" && first) return add(literals(checker.getTypeAtLocation(first)));
        if (name === "unwrap" && first) {
          const type = checker.getTypeAtLocation(first);
          for (const member of type.isUnion() ? type.types : [type]) {
            const reason = member.getProperty("reason");
            if (reason) add(literals(checker.getTypeOfSymbolAtLocation(reason, first)));
          }
          return;
        }
      }
      if (ts.isIdentifier(child)) {
        const declaration = declarationOf(child);
        const body =
          declaration &&
          (ts.isFunctionDeclaration(declaration) || ts.isMethodDeclaration(declaration))
            ? declaration.body
            : declaration && ts.isVariableDeclaration(declaration) && declaration.initializer
              ? declaration.initializer
              : undefined;
        const isFunction =
          body && (ts.isBlock(body) || ts.isArrowFunction(body) || ts.isFunctionExpression(body));
        if (body && isFunction && inApi(body) && !visited.has(body)) {
          visited.add(body);
          reasonsIn(body, facts);
          visited.delete(body);
        }
      }
      ts.forEachChild(child, visit);
    };
    visit(node);
  };

  /** The builder a procedure's chain starts from, and the reasons of each builder under it. */
  const builderReasons = (chain: ts.Expression, facts: SourceFacts): string => {
    let node: ts.Expression = chain;
    while (ts.isCallExpression(node) || ts.isPropertyAccessExpression(node))
      node = ts.isCallExpression(node) ? node.expression : node.expression;
    const name = ts.isIdentifier(node) ? node.text : "";
    let builder: ts.Expression = node;
    for (let depth = 0; depth < 10 && ts.isIdentifier(builder); depth++) {
      const declaration = declarationOf(builder);
      if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) break;
      reasonsIn(declaration.initializer, facts);
      builder = declaration.initializer;
      while (ts.isCallExpression(builder) || ts.isPropertyAccessExpression(builder))
        builder = builder.expression;
    }
    return name;
  };

  const facts = new Map<string, SourceFacts>();
  const collect = (object: ts.ObjectLiteralExpression, prefix: string): void => {
    for (const property of object.properties) {
      if (ts.isSpreadAssignment(property)) {
        collect(objectOf(property.expression), prefix);
        continue;
      }
      if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property))
        throw new Error(`cannot read the property at ${describe(property)}`);
      const path = `${prefix}${property.name.getText()}`;
      const value = valueOf(
        ts.isPropertyAssignment(property) ? property.initializer : property.name,
      );
      if (!isProcedure(value)) {
        collect(objectOf(value), `${path}.`);
        continue;
      }
      const documented =
        ts.isPropertyAssignment(property) && ts.getJSDocCommentsAndTags(property).length === 0
          ? (propertyBehind(property.initializer) ?? property)
          : property;
      const doc = ts
        .getJSDocCommentsAndTags(documented)
        .flatMap((d) => (ts.isJSDoc(d) ? [ts.getTextOfJSDocComment(d.comment) ?? ""] : []))
        .join(" ")
        .replace(/\s+/g, " ")
        .trim();
      const found: SourceFacts = { access: "", doc, reasons: new Set(), anyReason: false };
      reasonsIn(value, found);
      const builder = builderReasons(value, found);
      found.access = ACCESS[builder] ?? builder;
      // authedProcedure lets these few through while a new password is due (procedure-access.ts).
      if (OPEN_TO_PASSWORD_CHANGE_PROCEDURES.has(path))
        found.reasons.delete("PASSWORD_CHANGE_REQUIRED");
      facts.set(path, found);
    }
  };
  const router = source.statements
    .filter(ts.isVariableStatement)
    .flatMap((s) => [...s.declarationList.declarations])
    .find((d) => d.name.getText() === "appRouter");
  if (!router?.initializer) throw new Error("no appRouter in src/root.ts");
  collect(objectOf(router.initializer), "");
  return facts;
}
