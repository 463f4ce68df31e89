import { basename, extname } from 'node:path';
import type * as ts from 'typescript';
import type { Observation } from '../conventions';
import { caseStylesOf } from '../naming';
import { sourceExtensions } from '../source-extensions';
import { typescript } from '../typescript';
import {
  countDeclarations,
  isNameGiven,
  visitFunction,
  visitInterface,
  visitTypeAlias,
  visitVariables,
} from './declarations';
import {
  hasModifier,
  noteExport,
  observe,
  observeName,
  use,
  type FileWalk,
  type ObserveContext,
} from './file-walk';
import { markDirected } from './lint-directives';
import { observeModuleShape, observeSpecifier, visitExport, visitImport } from './modules';
import { isGenerated, isMostlyOneLine, observeBanners, visitThrow } from './statements';

export type { ObserveContext } from './file-walk';
export { isSourceFile, sourceExtensions } from '../source-extensions';

/**
 * Every place in one file where a convention shows. One parse (no program, no type-check) and one
 * walk over the syntax tree; this is all `learn` and `check` read of a file. A generated file shows
 * nothing, nor a bundle or a file of data on one line: no person chose their style.
 */
export function observeSource(path: string, text: string, context: ObserveContext): Observation[] {
  if (isMostlyOneLine(text)) return [];
  const tsc = typescript();
  const extension = extname(path);
  const kind = tsc.ScriptKind[sourceExtensions[extension] ?? 'TS'];
  // JSDoc is not read by any convention: skipping its parse saves a fifth of the time.
  const source = tsc.createSourceFile(
    path,
    text,
    { languageVersion: tsc.ScriptTarget.Latest, jsDocParsingMode: tsc.JSDocParsingMode.ParseNone },
    false,
    kind,
  );
  if (isGenerated(source, text)) return [];
  const walk: FileWalk = {
    ts: tsc,
    source,
    context,
    isTypeScript: kind === tsc.ScriptKind.TS || kind === tsc.ScriptKind.TSX,
    isJsx: kind === tsc.ScriptKind.TSX || kind === tsc.ScriptKind.JSX,
    moduleSystemFixed: ['.cjs', '.cts', '.mjs', '.mts'].includes(extension),
    observations: [],
    imports: [],
    thrownClasses: new Set(),
    promises: { fn: 'fixed', awaited: false, returned: false },
    usages: { type: new Set(), value: new Set() },
    shorthands: new Set(),
    givenLater: new Set(),
    constructors: new Set(),
    declarations: countDeclarations(tsc, source.statements),
  };
  const fileName = basename(path).split('.')[0];
  observe(walk, 'naming.files', caseStylesOf(fileName), source, fileName);
  // A file named after the class, type or variable it exports took its name, and its case, from
  // it; one named after a module beside it that it imports (`Headers.test.ts`, `Button.stories.tsx`)
  // took its name from that module's.
  if (
    exportedNames(tsc, source.statements).has(fileName) ||
    importsModuleNamed(tsc, source.statements, fileName)
  ) {
    walk.observations[0].borrowed = true;
  }
  visit(walk, source, source, false, true);
  markFieldNames(walk);
  markConstructors(walk);
  observeModuleShape(walk);
  if (isReadByTool(path)) markToolShaped(walk);
  observeBanners(walk, text);
  markDirected(text, walk.observations);
  return walk.observations;
}

// Files a tool loads by their name, in the shape its docs give: a tool's config (`vite.config.ts`,
// `.eslintrc.cjs`), a Storybook story (its default export is the story's meta), and a Next.js
// route's special files (`app/**/page.tsx`, whose default export is the page).
const toolConfig = /(?:\.config|^\.[\w-]+rc)\.[cm]?[jt]sx?$/;
const story = /\.stories\.[cm]?[jt]sx?$/;
const nextRouteFile =
  /(?:^|\/)app\/(?:.+\/)?(?:page|layout|template|loading|error|global-error|not-found|default)\.[jt]sx?$/;

/** Whether a tool loads the file by its name, and so chose how it exports and loads modules. */
const isReadByTool = (path: string) =>
  toolConfig.test(basename(path)) || story.test(path) || nextRouteFile.test(path);

/**
 * Marks how a file a tool loads exports and loads modules as taken from the tool: a config's
 * `export default defineConfig(…)` or `module.exports`, where the codebase exports by name.
 */
function markToolShaped(walk: FileWalk): void {
  for (const observation of walk.observations) {
    if (observation.convention === 'exports.kind' || observation.convention === 'modules.system') {
      observation.borrowed = true;
    }
  }
}

/**
 * A variable the file passes on as an object's field of its name (`const user_id = …; send({ user_id })`),
 * or assigns one later (`user_id = body.user_id`), took its name from the field, as one declared
 * with a field of its name does.
 */
function markFieldNames(walk: FileWalk): void {
  for (const observation of walk.observations) {
    const variable =
      observation.convention === 'naming.variables' ||
      observation.convention === 'naming.constants';
    const { subject } = observation;
    if (variable && (walk.shorthands.has(subject) || walk.givenLater.has(subject))) {
      observation.borrowed = true;
    }
  }
}

/**
 * A function or variable the file constructs with `new`, extends, or reaches the prototype of
 * holds a class (`function FakeScope() {}` used as one, `const Index = pickIndex(options)`): named
 * as classes are, its PascalCase is not a function's or variable's departure.
 */
function markConstructors(walk: FileWalk): void {
  if (walk.constructors.size === 0) return;
  // `new Interval()` constructs the class of that name where the file declares one.
  for (const observation of walk.observations) {
    if (observation.convention === 'naming.classes') walk.constructors.delete(observation.subject);
  }
  for (const observation of walk.observations) {
    const { convention, subject, variants } = observation;
    const named =
      convention === 'naming.functions' ||
      convention === 'naming.variables' ||
      convention === 'naming.constants';
    if (named && variants.includes('PascalCase') && walk.constructors.has(subject)) {
      observation.borrowed = true;
    }
  }
}

/**
 * The names of the classes, interfaces, type aliases, enums and variables a file declares
 * exported. A function's is left out: a file named after the function it exports
 * (`debounceTime.ts`) is how the codebase names files, and its name departs as any other.
 */
function exportedNames(tsc: typeof ts, statements: ts.NodeArray<ts.Statement>): Set<string> {
  const names = new Set<string>();
  for (const statement of statements) {
    if (!hasModifier(tsc, statement, tsc.SyntaxKind.ExportKeyword)) continue;
    if (
      (tsc.isClassDeclaration(statement) ||
        tsc.isInterfaceDeclaration(statement) ||
        tsc.isTypeAliasDeclaration(statement) ||
        tsc.isEnumDeclaration(statement)) &&
      statement.name
    ) {
      names.add(statement.name.text);
    } else if (tsc.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (tsc.isIdentifier(declaration.name)) names.add(declaration.name.text);
      }
    }
  }
  return names;
}

/** Whether the file imports or re-exports a relative module whose file is named `name` (`./Headers`, `../src/Headers.js`). */
function importsModuleNamed(
  tsc: typeof ts,
  statements: ts.NodeArray<ts.Statement>,
  name: string,
): boolean {
  return statements.some((statement) => {
    const specifier =
      tsc.isImportDeclaration(statement) || tsc.isExportDeclaration(statement)
        ? statement.moduleSpecifier
        : undefined;
    return (
      specifier !== undefined &&
      tsc.isStringLiteral(specifier) &&
      specifier.text.startsWith('.') &&
      basename(specifier.text).split('.')[0] === name
    );
  });
}

/** Whether an identifier reads a binding (not a declaration's name or a property's name). */
function isUsage(tsc: typeof ts, node: ts.Identifier, parent: ts.Node): boolean {
  if (tsc.isPropertyAccessExpression(parent)) return parent.expression === node;
  if (tsc.isQualifiedName(parent)) return parent.left === node;
  if (tsc.isShorthandPropertyAssignment(parent)) return true;
  if ('propertyName' in parent && parent.propertyName === node) return false;
  if ('name' in parent && parent.name === node) return false;
  if (tsc.isLabeledStatement(parent) || tsc.isBreakOrContinueStatement(parent)) return false;
  return true;
}

/** Visits an expression read as a value, and its type arguments read as types. */
function visitInstantiation(walk: FileWalk, node: ts.ExpressionWithTypeArguments): void {
  visit(walk, node.expression, node, false, false);
  node.typeArguments?.forEach((argument) => visit(walk, argument, node, true, false));
}

/** The kinds {@link visitNode} observes something at: every other kind shows nothing of its own. */
export const visitedKinds = (kind: typeof ts.SyntaxKind) => [
  kind.ImportDeclaration,
  kind.ImportEqualsDeclaration,
  kind.ExportDeclaration,
  kind.ExportAssignment,
  kind.FunctionDeclaration,
  kind.VariableStatement,
  kind.ClassDeclaration,
  kind.ClassExpression,
  kind.InterfaceDeclaration,
  kind.TypeAliasDeclaration,
  kind.EnumDeclaration,
  kind.AwaitExpression,
  kind.CallExpression,
  kind.NewExpression,
  kind.PropertyAccessExpression,
  kind.BinaryExpression,
  kind.ThrowStatement,
  kind.HeritageClause,
  kind.ExpressionWithTypeArguments,
  kind.Identifier,
  kind.JsxElement,
  kind.JsxSelfClosingElement,
  kind.JsxFragment,
];

/**
 * Observes what a node shows. Returns null when nothing below it is left to visit (it had no
 * children, or visited them itself), else whether its children are read as types. The walk asks
 * it only of the kinds {@link visitedKinds} lists: a kind given a case here goes there too.
 */
function visitNode(
  walk: FileWalk,
  node: ts.Node,
  parent: ts.Node,
  inType: boolean,
  topLevel: boolean,
): boolean | null {
  const tsc = walk.ts;
  const kind = tsc.SyntaxKind;
  switch (node.kind) {
    case kind.ImportDeclaration:
      visitImport(walk, node as ts.ImportDeclaration);
      return null;
    case kind.ImportEqualsDeclaration: {
      const reference = (node as ts.ImportEqualsDeclaration).moduleReference;
      if (tsc.isExternalModuleReference(reference)) {
        observeSpecifier(walk, reference.expression, 'commonjs');
      }
      return null;
    }
    case kind.ExportDeclaration:
      visitExport(walk, node as ts.ExportDeclaration);
      return null;
    case kind.ExportAssignment:
      if (!(node as ts.ExportAssignment).isExportEquals) noteExport(walk, node, true);
      return inType;
    case kind.FunctionDeclaration:
      visitFunction(walk, node as ts.FunctionDeclaration, topLevel);
      return inType;
    case kind.VariableStatement:
      visitVariables(walk, node as ts.VariableStatement, topLevel);
      return inType;
    case kind.ClassDeclaration:
    case kind.ClassExpression:
      // A class expression assigned to a variable is named by the variable.
      if (!tsc.isVariableDeclaration(parent)) {
        observeName(walk, 'naming.classes', (node as ts.ClassLikeDeclaration).name);
      }
      return inType;
    case kind.InterfaceDeclaration:
      visitInterface(walk, node as ts.InterfaceDeclaration);
      return true;
    case kind.TypeAliasDeclaration:
      visitTypeAlias(walk, node as ts.TypeAliasDeclaration);
      return true;
    case kind.EnumDeclaration:
      observeName(walk, 'naming.types', (node as ts.EnumDeclaration).name);
      return inType;
    case kind.AwaitExpression:
      observe(walk, 'async.form', ['await'], node, 'await');
      return inType;
    case kind.CallExpression:
      visitCall(walk, node as ts.CallExpression);
      return inType;
    case kind.NewExpression: {
      const { expression } = node as ts.NewExpression;
      if (tsc.isIdentifier(expression)) walk.constructors.add(expression.text);
      return inType;
    }
    case kind.PropertyAccessExpression: {
      const { expression, name } = node as ts.PropertyAccessExpression;
      if (tsc.isIdentifier(expression) && name.text === 'prototype') {
        walk.constructors.add(expression.text);
      }
      return inType;
    }
    case kind.BinaryExpression: {
      const { left, operatorToken, right } = node as ts.BinaryExpression;
      if (
        operatorToken.kind === kind.EqualsToken &&
        tsc.isIdentifier(left) &&
        !readsItself(tsc, left.text, right) &&
        isNameGiven(tsc, left.text, right)
      ) {
        walk.givenLater.add(left.text);
      }
      return inType;
    }
    case kind.ThrowStatement:
      visitThrow(walk, node as ts.ThrowStatement);
      return inType;
    case kind.HeritageClause: {
      const clause = node as ts.HeritageClause;
      // `class A extends B` reads B as a value; `implements` and interface `extends` read types.
      if (clause.token === kind.ExtendsKeyword && tsc.isClassLike(parent)) {
        for (const type of clause.types) {
          if (tsc.isIdentifier(type.expression)) walk.constructors.add(type.expression.text);
          visitInstantiation(walk, type);
        }
        return null;
      }
      return true;
    }
    case kind.ExpressionWithTypeArguments:
      // Outside a heritage clause it is an instantiation expression (`List<string>` as a value).
      if (inType) return true;
      visitInstantiation(walk, node as ts.ExpressionWithTypeArguments);
      return null;
    case kind.Identifier:
      visitIdentifier(walk, node as ts.Identifier, parent, inType);
      return null;
    case kind.JsxElement:
    case kind.JsxSelfClosingElement:
    case kind.JsxFragment:
      // Compiled for the classic runtime, JSX calls `React.createElement`: it reads `React` as a value.
      use(walk, 'React', false);
      return inType;
    default:
      return inType || tsc.isTypeNode(node);
  }
}

function visitIdentifier(walk: FileWalk, node: ts.Identifier, parent: ts.Node, inType: boolean) {
  const tsc = walk.ts;
  if (tsc.isShorthandPropertyAssignment(parent)) walk.shorthands.add(parent.name.text);
  // Only an import's uses are read (whether it is used as a type alone).
  if (walk.declarations.imported.has(node.text) && isUsage(tsc, node, parent)) {
    use(walk, node.text, inType);
  }
}

/** Whether an assigned value reads the variable itself (`count = count ?? 0`): no other name gives it. */
function readsItself(tsc: typeof ts, name: string, node: ts.Expression): boolean {
  if (tsc.isIdentifier(node)) return node.text === name;
  if (tsc.isParenthesizedExpression(node)) return readsItself(tsc, name, node.expression);
  return (
    tsc.isBinaryExpression(node) &&
    (readsItself(tsc, name, node.left) || readsItself(tsc, name, node.right))
  );
}

function visitCall(walk: FileWalk, call: ts.CallExpression): void {
  const tsc = walk.ts;
  const callee = call.expression;
  if (tsc.isPropertyAccessExpression(callee) && callee.name.text === 'then') {
    if (choosesThen(walk.promises) && !isBuiltPromise(tsc, callee.expression)) {
      observe(walk, 'async.form', ['then'], callee.name, '.then()');
    }
  } else if (tsc.isIdentifier(callee) && callee.text === 'require' && call.arguments.length === 1) {
    observeSpecifier(walk, call.arguments[0], 'commonjs');
  }
}

/**
 * Whether a promise is built on the spot from callbacks (`new Promise((resolve) => …)`): code that
 * awaits everywhere else maps such a promise with `.then()` too, keeping the callback adapter and
 * its result one expression.
 */
function isBuiltPromise(tsc: typeof ts, node: ts.Expression): boolean {
  while (tsc.isParenthesizedExpression(node) || tsc.isAsExpression(node)) node = node.expression;
  return (
    tsc.isNewExpression(node) &&
    tsc.isIdentifier(node.expression) &&
    node.expression.text === 'Promise'
  );
}

const continuations = new Set(['then', 'catch', 'finally']);

/** Whether a function is a step of a promise chain (`p.then((x) => …)`): it runs where the chain does. */
function isContinuation(tsc: typeof ts, node: ts.Node, parent: ts.Node): boolean {
  return (
    (tsc.isArrowFunction(node) || tsc.isFunctionExpression(node)) &&
    tsc.isCallExpression(parent) &&
    tsc.isPropertyAccessExpression(parent.expression) &&
    continuations.has(parent.expression.name.text)
  );
}

/**
 * Whether a function could be `async` as it stands: it returns a plain `Promise` (or says nothing
 * of what it returns), and is no constructor, accessor or `then` of a promise-like class.
 */
function couldBeAsync(tsc: typeof ts, fn: ts.SignatureDeclaration): boolean {
  if (tsc.isConstructorDeclaration(fn) || tsc.isAccessor(fn)) return false;
  if (fn.name && tsc.isIdentifier(fn.name) && continuations.has(fn.name.text)) return false;
  const type = fn.type;
  return (
    !type ||
    (tsc.isTypeReferenceNode(type) &&
      tsc.isIdentifier(type.typeName) &&
      type.typeName.text === 'Promise')
  );
}

/**
 * Whether a `.then()` here was written instead of an `await`: where its function, async or able to
 * be, returns the chain unawaited. A chain kept, passed or left to run is not one an await could
 * stand for: awaiting it would wait where the code runs on.
 */
const choosesThen = ({ fn, awaited, returned }: FileWalk['promises']) =>
  fn !== 'fixed' && returned && !awaited;

/** Where a node stands in a promise chain, by its kind: {@link walkTables}' `promises`. */
const functionLike = 1;
const awaitExpression = 2;
const returnStatement = 3;
const chainLink = 4;

/**
 * What the walk does at a node, by its kind, looked up where a chain of `ts.isX` calls stood on
 * every node of every file: whether {@link visitNode} observes anything there, whether it is a
 * type, and where it stands toward promises.
 */
interface WalkTables {
  visited: Uint8Array;
  typeNode: Uint8Array;
  promises: Uint8Array;
  kinds: { LastToken: number; SourceFile: number; ArrowFunction: number; Identifier: number };
}

let tablesOf: { tsc: typeof ts; tables: WalkTables } | undefined;

function walkTables(tsc: typeof ts): WalkTables {
  if (tablesOf?.tsc === tsc) return tablesOf.tables;
  const kind = tsc.SyntaxKind;
  const visited = new Uint8Array(kind.Count);
  const typeNode = new Uint8Array(kind.Count);
  const promises = new Uint8Array(kind.Count);
  const chain = [
    kind.CallExpression,
    kind.PropertyAccessExpression,
    kind.ParenthesizedExpression,
    kind.AsExpression,
    kind.SatisfiesExpression,
    kind.NonNullExpression,
  ];
  for (let k = 0; k < kind.Count; k++) {
    // Each of these asks only a node's kind.
    const node = { kind: k } as ts.Node;
    typeNode[k] = tsc.isTypeNode(node) ? 1 : 0;
    promises[k] = tsc.isFunctionLike(node)
      ? functionLike
      : k === kind.AwaitExpression
        ? awaitExpression
        : k === kind.ReturnStatement
          ? returnStatement
          : chain.includes(k)
            ? chainLink
            : 0;
  }
  for (const k of visitedKinds(kind)) visited[k] = 1;
  const { LastToken, SourceFile, ArrowFunction, Identifier } = kind;
  const tables = {
    visited,
    typeNode,
    promises,
    kinds: { LastToken, SourceFile, ArrowFunction, Identifier },
  };
  tablesOf = { tsc, tables };
  return tables;
}

/** Where a node's children stand toward promises: which function they run in, awaited or returned. */
function promisesWithin(
  tsc: typeof ts,
  node: ts.Node,
  parent: ts.Node,
  around: FileWalk['promises'],
  role: number,
): FileWalk['promises'] {
  if (role === functionLike && !isContinuation(tsc, node, parent)) {
    const fn = hasModifier(tsc, node, tsc.SyntaxKind.AsyncKeyword)
      ? 'async'
      : couldBeAsync(tsc, node as ts.SignatureDeclaration)
        ? 'returnable'
        : 'fixed';
    return { fn, awaited: false, returned: false };
  }
  // The same object where nothing changes: this runs on every node of every file.
  if (role === awaitExpression) return around.awaited ? around : { ...around, awaited: true };
  if (role === returnStatement) return around.returned ? around : { ...around, returned: true };
  if (!around.returned) return around;
  // A function left here is a continuation (`.then((x) => …)`): a step of the chain.
  const chain = role === chainLink || role === functionLike;
  return chain ? around : { ...around, returned: false };
}

function visit(walk: FileWalk, node: ts.Node, parent: ts.Node, inType: boolean, topLevel: boolean) {
  const tables = walkTables(walk.ts);
  const { LastToken, SourceFile, ArrowFunction, Identifier } = tables.kinds;
  const kind = node.kind;
  const childrenInType = tables.visited[kind]
    ? visitNode(walk, node, parent, inType, topLevel)
    : inType || tables.typeNode[kind] === 1;
  const tsc = walk.ts;
  // A token (a keyword, literal or punctuation) has no children: most leaves of every tree.
  if (childrenInType === null || kind <= LastToken) return;
  if (topLevel && hasModifier(tsc, node, tsc.SyntaxKind.ExportKeyword)) {
    noteExport(walk, node, hasModifier(tsc, node, tsc.SyntaxKind.DefaultKeyword));
  }
  const childTopLevel = topLevel && kind === SourceFile;
  const around = walk.promises;
  const role = tables.promises[kind];
  const within =
    role === 0 && !around.returned ? around : promisesWithin(tsc, node, parent, around, role);
  // An arrow's expression body is what it returns.
  const arrowBody = kind === ArrowFunction ? (node as ts.ArrowFunction).body : undefined;
  const body = arrowBody && !tsc.isBlock(arrowBody) ? arrowBody : undefined;
  tsc.forEachChild(node, (child) => {
    // Of the tokens (keywords, literals, punctuation: most leaves of every tree), only a name shows anything.
    if (child.kind <= LastToken) {
      if (child.kind === Identifier) {
        visitIdentifier(walk, child as ts.Identifier, node, childrenInType);
      }
      return;
    }
    walk.promises = child === body ? { ...within, returned: true } : within;
    visit(walk, child, node, childrenInType, childTopLevel);
  });
  walk.promises = around;
}
