import { extname } from 'node:path';
import { sourceExtensions } from '@baton/style/source-extensions';
import type TypeScript from 'typescript';

/** What a referenced file contributes to a phase's context. */
export interface FileView {
  /** `outline`: declarations and signatures only; `whole`: the file as it is. */
  kind: 'outline' | 'whole';
  text: string;
  /** Why a file asked for as structure-only went whole, when it did. */
  note?: string;
}

// The compiler is loaded on first use: the Nx plugin imports this package and must stay cheap to load.
let ts: typeof TypeScript;
async function compiler(): Promise<typeof TypeScript> {
  ts ??= (await import('typescript')).default;
  return ts;
}

/** Stands in for what the outline leaves out (a body, an initializer). */
export const elided = '…';

/** True when Baton can outline `path` (TypeScript or JavaScript); other files always go whole. */
export function canOutline(path: string): boolean {
  return extname(path).toLowerCase() in sourceExtensions;
}

/**
 * The view of a referenced file sent to a model: its outline when `structureOnly` and the file is
 * TypeScript or JavaScript, else the whole text (with a note saying why, when an outline was asked).
 */
export async function viewFile(
  path: string,
  text: string,
  structureOnly: boolean,
): Promise<FileView> {
  if (!structureOnly) return { kind: 'whole', text };
  if (!canOutline(path)) {
    return {
      kind: 'whole',
      text,
      note: `asked for structure only, but Baton outlines only TypeScript and JavaScript; sent whole`,
    };
  }
  return { kind: 'outline', text: await outline(path, text) };
}

/**
 * The structure of a TypeScript or JavaScript file: imports, exports, types, and the signatures of
 * functions, classes and constants, with every body and initializer replaced by `…`. Comments that
 * document a declaration stay; statements that declare nothing are left out.
 */
export async function outline(path: string, text: string): Promise<string> {
  await compiler();
  const kind = ts.ScriptKind[sourceExtensions[extname(path).toLowerCase()] ?? 'TS'];
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  return source.statements
    .filter(declares)
    .map((statement) => outlineNode(source, statement))
    .join('\n')
    .concat('\n');
}

function declares(statement: TypeScript.Statement): boolean {
  return (
    ts.isImportDeclaration(statement) ||
    ts.isImportEqualsDeclaration(statement) ||
    ts.isExportDeclaration(statement) ||
    ts.isExportAssignment(statement) ||
    ts.isFunctionDeclaration(statement) ||
    ts.isClassDeclaration(statement) ||
    ts.isInterfaceDeclaration(statement) ||
    ts.isTypeAliasDeclaration(statement) ||
    ts.isEnumDeclaration(statement) ||
    ts.isModuleDeclaration(statement) ||
    ts.isVariableStatement(statement) ||
    isCommonJsExport(statement)
  );
}

/** `module.exports = …` and `exports.x = …`: how CommonJS files declare their API. */
function isCommonJsExport(statement: TypeScript.Statement): boolean {
  if (!ts.isExpressionStatement(statement)) return false;
  const expression = statement.expression;
  if (!ts.isBinaryExpression(expression)) return false;
  if (expression.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return false;
  const target = expression.left.getText();
  return target.startsWith('module.exports') || target.startsWith('exports.');
}

interface Cut {
  start: number;
  end: number;
  replacement: string;
}

/** The text of `node` (with its JSDoc) with every body and initializer inside it cut out. */
function outlineNode(source: TypeScript.SourceFile, node: TypeScript.Node): string {
  const start = node.getStart(source, true);
  const cuts: Cut[] = [];
  collectCuts(source, node, cuts);
  let text = '';
  let at = start;
  for (const cut of cuts.sort((a, b) => a.start - b.start)) {
    if (cut.start < at) continue;
    text += source.text.slice(at, cut.start) + cut.replacement;
    at = cut.end;
  }
  return text + source.text.slice(at, node.getEnd());
}

function collectCuts(source: TypeScript.SourceFile, node: TypeScript.Node, cuts: Cut[]): void {
  const cutBody = (body: TypeScript.Node) =>
    cuts.push({
      start: body.getStart(source),
      end: body.getEnd(),
      replacement: ts.isBlock(body) ? `{ ${elided} }` : elided,
    });
  const cutInitializer = (initializer: TypeScript.Expression) => {
    const value = skipWrappers(initializer);
    if (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) {
      collectCuts(source, value, cuts);
    } else if (ts.isClassExpression(value) || ts.isObjectLiteralExpression(value)) {
      value.forEachChild((child) => collectCuts(source, child, cuts));
    } else if (!isShortLiteral(value) && !isRequire(value) && !isReference(value)) {
      cuts.push({ start: value.getStart(source), end: value.getEnd(), replacement: elided });
    }
  };

  if (ts.isFunctionLike(node) && 'body' in node && node.body) {
    cutBody(node.body as TypeScript.Node);
    return;
  }
  if (ts.isVariableDeclaration(node) || ts.isPropertyDeclaration(node)) {
    if (node.initializer) cutInitializer(node.initializer);
    return;
  }
  if (ts.isPropertyAssignment(node)) {
    cutInitializer(node.initializer);
    return;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    cutInitializer(node.right);
    return;
  }
  if (ts.isExportAssignment(node)) {
    cutInitializer(node.expression);
    return;
  }
  if (ts.isClassStaticBlockDeclaration(node)) {
    cutBody(node.body);
    return;
  }
  if (ts.isModuleBlock(node)) {
    // Statements inside a namespace that declare nothing go, like at the top level.
    for (const statement of node.statements) {
      if (!declares(statement)) {
        cuts.push({
          start: statement.getFullStart(),
          end: statement.getEnd(),
          replacement: '',
        });
      } else {
        collectCuts(source, statement, cuts);
      }
    }
    return;
  }
  node.forEachChild((child) => collectCuts(source, child, cuts));
}

function skipWrappers(expression: TypeScript.Expression): TypeScript.Expression {
  let value = expression;
  while (
    ts.isParenthesizedExpression(value) ||
    ts.isAsExpression(value) ||
    ts.isSatisfiesExpression(value) ||
    ts.isTypeAssertionExpression(value)
  ) {
    value = value.expression;
  }
  return value;
}

/** `require('x')` is how a CommonJS file imports: part of its structure. */
function isRequire(expression: TypeScript.Expression): boolean {
  while (ts.isPropertyAccessExpression(expression)) expression = expression.expression;
  return (
    ts.isCallExpression(expression) &&
    ts.isIdentifier(expression.expression) &&
    expression.expression.text === 'require'
  );
}

/** `Command`, `api.routes`: a name says which declaration a binding is, so it stays. */
function isReference(expression: TypeScript.Expression): boolean {
  while (ts.isPropertyAccessExpression(expression)) expression = expression.expression;
  return ts.isIdentifier(expression) || expression.kind === ts.SyntaxKind.ThisKeyword;
}

/** Literals short enough to say more than `…` would: `'v1'`, `42`, `true`. */
function isShortLiteral(expression: TypeScript.Expression): boolean {
  const short =
    ts.isStringLiteral(expression) ||
    ts.isNumericLiteral(expression) ||
    ts.isNoSubstitutionTemplateLiteral(expression) ||
    expression.kind === ts.SyntaxKind.TrueKeyword ||
    expression.kind === ts.SyntaxKind.FalseKeyword ||
    expression.kind === ts.SyntaxKind.NullKeyword ||
    (ts.isPrefixUnaryExpression(expression) && ts.isNumericLiteral(expression.operand));
  return short && expression.getText().length <= 80;
}
