import { isBuiltin } from 'node:module';
import { basename, extname } from 'node:path';
import type * as ts from 'typescript';
import type { ConventionId, Observation } from './conventions';
import { caseStylesOf } from './naming';
import { typescript } from './typescript';

/** What an observation needs to know beyond the file itself. */
export interface ObserveContext {
  /** Path alias prefixes from tsconfig `compilerOptions.paths` (`@/`, `~lib/`), to tell aliases from packages. */
  pathAliases: readonly string[];
}

/** The file extensions Baton reads, and the TypeScript script kind of each. */
export const sourceExtensions: Readonly<Record<string, 'TS' | 'TSX' | 'JS' | 'JSX'>> = {
  '.ts': 'TS',
  '.mts': 'TS',
  '.cts': 'TS',
  '.tsx': 'TSX',
  '.js': 'JS',
  '.mjs': 'JS',
  '.cjs': 'JS',
  '.jsx': 'JSX',
};

// The compiler, set by the first parse (see ./typescript): the helpers below run only after one.
let tsc: typeof ts;

export function isSourceFile(path: string): boolean {
  return extname(path) in sourceExtensions && !/\.d\.[cm]?ts$/.test(path);
}

const builtinErrors = new Set([
  'Error',
  'TypeError',
  'RangeError',
  'SyntaxError',
  'ReferenceError',
  'EvalError',
  'URIError',
  'AggregateError',
]);

const aiAuthor =
  '(?:an?\\s+)?(?:ai\\b|chatgpt|gpt-?\\d|claude|gemini|copilot|llm\\b|openai|anthropic|(?:large\\s+)?language\\s+model|ai\\s+assistant)';
/** Where a comment's text starts on a line: after `//`, or after `/*` or `*` at the start of the line. */
const commentStart = '(?:^[ \\t]*(?:\\/\\*+|\\*)|\\/\\/+)[ \\t]*';
// Phrases models leave in code and people do not: who wrote the code, or a reply to a prompt. Each
// must open a comment line (so that prose about models, as in an SDK's docs, is not one), except the
// self-descriptions no person writes.
const bannerPattern = new RegExp(
  [
    `${commentStart}(?:this\\s+(?:file|code|module|function|class|component|implementation|script)\\s+(?:was|is|has been)\\s+)?(?:auto-?)?(?:generated|written|created|produced)\\s+(?:by|with|using)\\s+${aiAuthor}`,
    `${commentStart}(?:ai|llm)[- ]generated\\b`,
    `${commentStart}here(?:'s| is) (?:the|a|an|your) `,
    `${commentStart}(?:certainly|sure|of course)[!,.]`,
    `${commentStart}i(?:'ve| have) (?:added|updated|implemented|created|refactored|modified|fixed|rewritten)\\b`,
    `${commentStart}.*?\\bas an? (?:ai|(?:large )?language model)\\b`,
  ].join('|'),
  'gim',
);

function isPrimitiveLiteral(node: ts.Expression): boolean {
  while (
    tsc.isAsExpression(node) ||
    tsc.isSatisfiesExpression(node) ||
    tsc.isParenthesizedExpression(node)
  ) {
    node = node.expression;
  }
  if (tsc.isPrefixUnaryExpression(node)) node = node.operand;
  return (
    tsc.isStringLiteral(node) ||
    tsc.isNumericLiteral(node) ||
    tsc.isBigIntLiteral(node) ||
    tsc.isNoSubstitutionTemplateLiteral(node) ||
    node.kind === tsc.SyntaxKind.TrueKeyword ||
    node.kind === tsc.SyntaxKind.FalseKeyword
  );
}

function isFunctionValue(node: ts.Expression | undefined): boolean {
  return !!node && (tsc.isArrowFunction(node) || tsc.isFunctionExpression(node));
}

const hasModifier = (node: ts.Node, kind: ts.SyntaxKind) =>
  tsc.canHaveModifiers(node) &&
  !!tsc.getModifiers(node)?.some((modifier) => modifier.kind === kind);

type Observe = (
  convention: ConventionId,
  variants: string[],
  at: ts.Node | number,
  subject: string,
) => void;

interface ImportBinding {
  name: string;
  marked: boolean;
  node: ts.Node;
}

interface Usage {
  type: boolean;
  value: boolean;
}

/**
 * Every place in one file where a convention shows. One parse (no program, no type-check) and one
 * walk over the syntax tree; this is all `learn` and `check` read of a file.
 */
export function observeSource(path: string, text: string, context: ObserveContext): Observation[] {
  const extension = extname(path);
  tsc ??= typescript();
  const kind = tsc.ScriptKind[sourceExtensions[extension] ?? 'TS'];
  // JSDoc is not read by any convention: skipping its parse saves a fifth of the time.
  const source = tsc.createSourceFile(
    path,
    text,
    { languageVersion: tsc.ScriptTarget.Latest, jsDocParsingMode: tsc.JSDocParsingMode.ParseNone },
    false,
    kind,
  );
  const isTypeScript = kind === tsc.ScriptKind.TS || kind === tsc.ScriptKind.TSX;
  const isJsx = kind === tsc.ScriptKind.TSX || kind === tsc.ScriptKind.JSX;
  const commonJsFile = extension === '.cjs' || extension === '.cts';
  const observations: Observation[] = [];

  const observe: Observe = (convention, variants, at, subject) => {
    if (variants.length === 0) return;
    const position = typeof at === 'number' ? at : at === source ? 0 : at.getStart(source);
    const { line, character } = source.getLineAndCharacterOfPosition(position);
    observations.push({ convention, variants, line: line + 1, column: character + 1, subject });
  };
  const observeName = (convention: ConventionId, name: ts.Node | undefined) => {
    if (name && tsc.isIdentifier(name))
      observe(convention, caseStylesOf(name.text), name, name.text);
  };

  const fileName = basename(path).split('.')[0];
  observe('naming.files', caseStylesOf(fileName), source, fileName);

  let defaultExport: ts.Node | undefined;
  let namedExport: ts.Node | undefined;
  const imports: ImportBinding[] = [];
  const usages = new Map<string, Usage>();
  const use = (name: string, inType: boolean) => {
    const usage = usages.get(name) ?? { type: false, value: false };
    if (inType) usage.type = true;
    else usage.value = true;
    usages.set(name, usage);
  };

  const observeSpecifier = (specifier: ts.Expression | undefined, loader: 'esm' | 'commonjs') => {
    if (!specifier || !tsc.isStringLiteralLike(specifier)) return;
    const name = specifier.text;
    if (!commonJsFile) observe('modules.system', [loader], specifier, name);
    if (name.startsWith('node:')) observe('imports.nodeProtocol', ['prefixed'], specifier, name);
    else if (isBuiltin(name)) observe('imports.nodeProtocol', ['bare'], specifier, name);
    else if (name.startsWith('../')) observe('imports.internal', ['relative'], specifier, name);
    else if (context.pathAliases.some((alias) => name.startsWith(alias))) {
      observe('imports.internal', ['alias'], specifier, name);
    }
  };

  const visitImport = (node: ts.ImportDeclaration) => {
    observeSpecifier(node.moduleSpecifier, 'esm');
    const clause = node.importClause;
    if (!clause || !isTypeScript) return;
    if (clause.name)
      imports.push({ name: clause.name.text, marked: clause.isTypeOnly, node: clause.name });
    const bindings = clause.namedBindings;
    if (bindings && tsc.isNamespaceImport(bindings)) {
      imports.push({ name: bindings.name.text, marked: clause.isTypeOnly, node: bindings.name });
    } else if (bindings && tsc.isNamedImports(bindings)) {
      for (const element of bindings.elements) {
        imports.push({
          name: element.name.text,
          marked: clause.isTypeOnly || element.isTypeOnly,
          node: element,
        });
      }
    }
  };

  const visitThrow = (node: ts.ThrowStatement) => {
    const thrown = node.expression;
    const snippet = thrown.getText(source).split('\n')[0].slice(0, 40);
    if (tsc.isNewExpression(thrown) && tsc.isIdentifier(thrown.expression)) {
      const name = thrown.expression.text;
      if (builtinErrors.has(name)) {
        observe('errors.thrown', ['error'], node, snippet);
        observe('errors.class', ['builtin'], thrown, name);
      } else if (/(?:Error|Exception)$/.test(name)) {
        observe('errors.thrown', ['error'], node, snippet);
        observe('errors.class', ['subclass'], thrown, name);
      }
    } else if (
      tsc.isStringLiteralLike(thrown) ||
      tsc.isTemplateExpression(thrown) ||
      tsc.isObjectLiteralExpression(thrown) ||
      tsc.isNumericLiteral(thrown)
    ) {
      observe('errors.thrown', ['literal'], node, snippet);
    }
  };

  const visitVariables = (node: ts.VariableStatement, topLevel: boolean) => {
    const isConst = (node.declarationList.flags & tsc.NodeFlags.Const) !== 0;
    for (const declaration of node.declarationList.declarations) {
      if (!tsc.isIdentifier(declaration.name)) continue;
      const initializer = declaration.initializer;
      if (isFunctionValue(initializer)) {
        observeFunctionName(declaration.name);
        if (topLevel && isConst)
          observe('functions.form', ['arrow'], declaration.name, declaration.name.text);
      } else if (topLevel && isConst) {
        if (initializer && isPrimitiveLiteral(initializer)) {
          observeName('naming.constants', declaration.name);
        }
        // Other module-level constants (schemas, components, tables) follow no single naming rule.
      } else {
        observeName('naming.variables', declaration.name);
      }
    }
  };

  const observeFunctionName = (name: ts.Identifier) => {
    const styles = caseStylesOf(name.text);
    // In JSX files PascalCase functions are components, not a departure from function naming.
    if (isJsx && styles.includes('PascalCase')) return;
    observe('naming.functions', styles, name, name.text);
  };

  const noteExport = (node: ts.Node, isDefault: boolean) => {
    if (isDefault) defaultExport ??= node;
    else namedExport ??= node;
  };

  const visit = (node: ts.Node, parent: ts.Node, inType: boolean, topLevel: boolean): void => {
    switch (node.kind) {
      case tsc.SyntaxKind.ImportDeclaration:
        visitImport(node as ts.ImportDeclaration);
        return;
      case tsc.SyntaxKind.ImportEqualsDeclaration: {
        const reference = (node as ts.ImportEqualsDeclaration).moduleReference;
        if (tsc.isExternalModuleReference(reference))
          observeSpecifier(reference.expression, 'commonjs');
        return;
      }
      case tsc.SyntaxKind.ExportDeclaration: {
        const exported = node as ts.ExportDeclaration;
        observeSpecifier(exported.moduleSpecifier, 'esm');
        const clause = exported.exportClause;
        if (clause && tsc.isNamedExports(clause)) {
          for (const element of clause.elements) {
            noteExport(element, element.name.text === 'default');
            if (!exported.moduleSpecifier) {
              use(
                (element.propertyName ?? element.name).text,
                exported.isTypeOnly || element.isTypeOnly,
              );
            }
          }
        } else {
          noteExport(exported, false);
        }
        return;
      }
      case tsc.SyntaxKind.ExportAssignment:
        if (!(node as ts.ExportAssignment).isExportEquals) noteExport(node, true);
        break;
      case tsc.SyntaxKind.FunctionDeclaration: {
        const fn = node as ts.FunctionDeclaration;
        if (fn.name && fn.body) {
          observeFunctionName(fn.name);
          if (topLevel) observe('functions.form', ['declaration'], fn.name, fn.name.text);
        }
        break;
      }
      case tsc.SyntaxKind.VariableStatement:
        visitVariables(node as ts.VariableStatement, topLevel);
        break;
      case tsc.SyntaxKind.ClassDeclaration:
      case tsc.SyntaxKind.ClassExpression:
        observeName('naming.classes', (node as ts.ClassLikeDeclaration).name);
        break;
      case tsc.SyntaxKind.InterfaceDeclaration: {
        const declaration = node as ts.InterfaceDeclaration;
        observeName('naming.types', declaration.name);
        observe('types.objectShape', ['interface'], declaration.name, declaration.name.text);
        inType = true;
        break;
      }
      case tsc.SyntaxKind.TypeAliasDeclaration: {
        const declaration = node as ts.TypeAliasDeclaration;
        observeName('naming.types', declaration.name);
        if (tsc.isTypeLiteralNode(declaration.type)) {
          observe('types.objectShape', ['type'], declaration.name, declaration.name.text);
        }
        inType = true;
        break;
      }
      case tsc.SyntaxKind.EnumDeclaration:
        observeName('naming.types', (node as ts.EnumDeclaration).name);
        break;
      case tsc.SyntaxKind.AwaitExpression:
        observe('async.form', ['await'], node, 'await');
        break;
      case tsc.SyntaxKind.CallExpression: {
        const call = node as ts.CallExpression;
        const callee = call.expression;
        if (tsc.isPropertyAccessExpression(callee) && callee.name.text === 'then') {
          observe('async.form', ['then'], callee.name, '.then()');
        } else if (
          tsc.isIdentifier(callee) &&
          callee.text === 'require' &&
          call.arguments.length === 1
        ) {
          observeSpecifier(call.arguments[0], 'commonjs');
        }
        break;
      }
      case tsc.SyntaxKind.ThrowStatement:
        visitThrow(node as ts.ThrowStatement);
        break;
      case tsc.SyntaxKind.HeritageClause: {
        const clause = node as ts.HeritageClause;
        // `class A extends B` reads B as a value; `implements` and interface `extends` read types.
        if (clause.token === tsc.SyntaxKind.ExtendsKeyword && tsc.isClassLike(parent)) {
          for (const type of clause.types) {
            visit(type.expression, type, false, false);
            type.typeArguments?.forEach((argument) => visit(argument, type, true, false));
          }
          return;
        }
        inType = true;
        break;
      }
      case tsc.SyntaxKind.ExpressionWithTypeArguments:
        // Outside a heritage clause it is an instantiation expression (`List<string>` as a value).
        if (!inType) {
          const instantiation = node as ts.ExpressionWithTypeArguments;
          visit(instantiation.expression, node, false, false);
          instantiation.typeArguments?.forEach((argument) => visit(argument, node, true, false));
          return;
        }
        break;
      case tsc.SyntaxKind.Identifier:
        if (isUsage(node as ts.Identifier, parent)) use((node as ts.Identifier).text, inType);
        return;
      default:
        if (tsc.isTypeNode(node)) inType = true;
    }
    if (topLevel && hasModifier(node, tsc.SyntaxKind.ExportKeyword)) {
      noteExport(node, hasModifier(node, tsc.SyntaxKind.DefaultKeyword));
    }
    const childTopLevel = topLevel && node.kind === tsc.SyntaxKind.SourceFile;
    tsc.forEachChild(node, (child) => visit(child, node, inType, childTopLevel));
  };

  visit(source, source, false, true);

  if (defaultExport) observe('exports.kind', ['default'], defaultExport, 'export default');
  else if (namedExport) observe('exports.kind', ['named'], namedExport, 'export');

  for (const binding of imports) {
    const usage = usages.get(binding.name);
    if (usage?.type && !usage.value) {
      observe(
        'imports.typeOnly',
        [binding.marked ? 'marked' : 'unmarked'],
        binding.node,
        binding.name,
      );
    }
  }

  observeBanners(source, text, observe);
  return observations;
}

/** Whether an identifier reads a binding (not a declaration's name or a property's name). */
function isUsage(node: ts.Identifier, parent: ts.Node): boolean {
  if (tsc.isPropertyAccessExpression(parent)) return parent.expression === node;
  if (tsc.isQualifiedName(parent)) return parent.left === node;
  if (tsc.isShorthandPropertyAssignment(parent)) return true;
  if ('propertyName' in parent && parent.propertyName === node) return false;
  if ('name' in parent && parent.name === node) return false;
  if (tsc.isLabeledStatement(parent) || tsc.isBreakOrContinueStatement(parent)) return false;
  return true;
}

function observeBanners(source: ts.SourceFile, text: string, observe: Observe): void {
  let banners = 0;
  for (const match of text.matchAll(bannerPattern)) {
    banners++;
    const start = match.index + match[0].search(/[^\s/*]/);
    const subject = text
      .slice(start, start + 60)
      .split('\n')[0]
      .trim();
    observe('comments.banners', ['banner'], start, subject);
  }
  if (banners === 0) observe('comments.banners', ['none'], source, basename(source.fileName));
}
