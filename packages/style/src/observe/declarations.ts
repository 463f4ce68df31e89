import type * as ts from 'typescript';
import { caseStylesOf } from '../naming';
import { observe, observeName, type FileWalk } from './file-walk';
import { importBindings } from './modules';

/** The expression inside parentheses and type assertions (`(x as const)` is `x`). */
function unwrapped(tsc: typeof ts, node: ts.Expression): ts.Expression {
  while (
    tsc.isAsExpression(node) ||
    tsc.isSatisfiesExpression(node) ||
    tsc.isParenthesizedExpression(node)
  ) {
    node = node.expression;
  }
  return node;
}

function isPrimitiveLiteral(tsc: typeof ts, expression: ts.Expression): boolean {
  let node = unwrapped(tsc, expression);
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

/**
 * The forms a function in a constant fits: an arrow of one expression or none
 * (`const isServer = () => f()`, `const noop = () => {}`) is the one-liner that codebases of
 * `function` declarations write as well, so it fits both.
 */
const arrowForms = (tsc: typeof ts, fn: ts.Expression) =>
  tsc.isArrowFunction(fn) && (!tsc.isBlock(fn.body) || fn.body.statements.length === 0)
    ? ['arrow', 'declaration']
    : ['arrow'];

const isFunctionValue = (
  tsc: typeof ts,
  node: ts.Expression | undefined,
): node is ts.ArrowFunction | ts.FunctionExpression =>
  !!node && (tsc.isArrowFunction(node) || tsc.isFunctionExpression(node));

/**
 * Whether a function does nothing but call another's function of its own name, whose name it
 * takes (`const String = (name) => Param.String(kind, name)`, `const readFile = (p) => fs.readFile(p)`).
 */
function forwardsToNamesake(
  tsc: typeof ts,
  name: string,
  fn: ts.ArrowFunction | ts.FunctionExpression,
): boolean {
  let body: ts.Node | undefined = fn.body;
  if (tsc.isBlock(body)) {
    const [only] = body.statements;
    body =
      body.statements.length === 1 && tsc.isReturnStatement(only) ? only.expression : undefined;
  }
  while (body && (tsc.isParenthesizedExpression(body) || tsc.isAwaitExpression(body))) {
    body = body.expression;
  }
  return (
    !!body &&
    tsc.isCallExpression(body) &&
    tsc.isPropertyAccessExpression(body.expression) &&
    body.expression.name.text === name
  );
}

/** The name of the field or variable an expression reads: `list` of `a.list` or of `list`. */
function fieldName(tsc: typeof ts, node: ts.Expression): string | undefined {
  if (tsc.isPropertyAccessExpression(node)) return node.name.text;
  return tsc.isIdentifier(node) ? node.text : undefined;
}

/**
 * Whether a variable's name was given to it by something else: a module it loads
 * (`const Foo = require('foo')`), the field it copies (`const encoding_format = body.encoding_format`),
 * or the class or namespace it holds (`const Ctor = Base`, `const Impl = this.constructor`).
 */
export function isNameGiven(
  tsc: typeof ts,
  name: string,
  initializer: ts.Expression | undefined,
): boolean {
  let node = initializer;
  while (
    node &&
    (tsc.isAwaitExpression(node) ||
      tsc.isParenthesizedExpression(node) ||
      tsc.isAsExpression(node) ||
      tsc.isSatisfiesExpression(node) ||
      tsc.isNonNullExpression(node))
  ) {
    node = node.expression;
  }
  if (!node) return false;
  // `const Ctor = 'Response' in fetch ? fetch.Response : Polyfill`: either value may name it.
  if (tsc.isConditionalExpression(node)) {
    return isNameGiven(tsc, name, node.whenTrue) || isNameGiven(tsc, name, node.whenFalse);
  }
  if (
    tsc.isBinaryExpression(node) &&
    (node.operatorToken.kind === tsc.SyntaxKind.QuestionQuestionToken ||
      node.operatorToken.kind === tsc.SyntaxKind.BarBarToken)
  ) {
    return isNameGiven(tsc, name, node.left) || isNameGiven(tsc, name, node.right);
  }
  // `const item = (list[i] ??= …)` holds what it stores.
  if (
    tsc.isBinaryExpression(node) &&
    node.operatorToken.kind === tsc.SyntaxKind.QuestionQuestionEqualsToken
  ) {
    return isNameGiven(tsc, name, node.left);
  }
  // An element of a list field is named as one of the list: `tool_call = message.tool_calls[i]`.
  if (tsc.isElementAccessExpression(node) && !tsc.isStringLiteralLike(node.argumentExpression)) {
    const list = fieldName(tsc, node.expression);
    return list !== undefined && (list === `${name}s` || list === `${name}es`);
  }
  // A field of a field is named by both: `text_format = params.text.format`.
  if (tsc.isPropertyAccessExpression(node) && tsc.isPropertyAccessExpression(node.expression)) {
    const joined = `${node.expression.name.text}${node.name.text}`.toLowerCase();
    if (name.replace(/_/g, '').toLowerCase() === joined) return true;
  }
  if (tsc.isCallExpression(node)) {
    const callee = node.expression;
    return (
      callee.kind === tsc.SyntaxKind.ImportKeyword ||
      (tsc.isIdentifier(callee) && callee.text === 'require')
    );
  }
  const copied = tsc.isPropertyAccessExpression(node)
    ? node.name.text
    : tsc.isElementAccessExpression(node) && tsc.isStringLiteralLike(node.argumentExpression)
      ? node.argumentExpression.text
      : tsc.isIdentifier(node)
        ? node.text
        : undefined;
  if (copied === undefined) return false;
  if (copied === name) return true;
  return caseStylesOf(name).includes('PascalCase') && caseStylesOf(copied).includes('PascalCase')
    ? true
    : copied === 'constructor';
}

/** Whether code uses the `this` of the function it is in: a nested function or class has its own. */
function usesOwnThis(tsc: typeof ts, node: ts.Node): boolean {
  if (node.kind === tsc.SyntaxKind.ThisKeyword) return true;
  if (tsc.isFunctionLike(node) && !tsc.isArrowFunction(node)) return false;
  if (tsc.isClassLike(node)) return false;
  return tsc.forEachChild(node, (child) => usesOwnThis(tsc, child)) ?? false;
}

/**
 * Whether a function is a constructor written before classes: named as a class, it declares the
 * `this` it builds (in TypeScript) or builds on it (`function Parser(text) { this.text = text; }`).
 * A callback or a method written as a function uses a `this` too, but is not named as a class.
 */
const isConstructorFunction = (tsc: typeof ts, fn: ts.FunctionDeclaration, name: ts.Identifier) => {
  const styles = caseStylesOf(name.text);
  // A one-letter name (`f`) fits every case: it is not named as a class.
  if (!styles.includes('PascalCase') || styles.includes('camelCase')) return false;
  const first = fn.parameters[0]?.name;
  if (first && tsc.isIdentifier(first) && first.text === 'this') return true;
  return !!fn.body && fn.body.statements.some((statement) => usesOwnThis(tsc, statement));
};

export function observeFunctionName(walk: FileWalk, name: ts.Identifier): void {
  const styles = caseStylesOf(name.text);
  // In JSX files PascalCase functions are components, not a departure from function naming.
  if (walk.isJsx && styles.includes('PascalCase')) return;
  observe(walk, 'naming.functions', styles, name, name.text);
}

export function visitFunction(walk: FileWalk, fn: ts.FunctionDeclaration, topLevel: boolean): void {
  if (!fn.name || !fn.body) return;
  // A constructor function is named as the class it stands for.
  if (isConstructorFunction(walk.ts, fn, fn.name)) observeName(walk, 'naming.classes', fn.name);
  else observeFunctionName(walk, fn.name);
  if (topLevel) observe(walk, 'functions.form', ['declaration'], fn.name, fn.name.text);
}

/**
 * Whether a value is built from literals and other constants alone, and so is the same on every
 * run: a literal, a regular expression, a constant named as one, a list or record of such values,
 * or one of them frozen, made a `Symbol`, or given to a constructor (`new Set(['shift', 'pop'])`).
 */
function isConstantValue(tsc: typeof ts, expression: ts.Expression): boolean {
  const node = unwrapped(tsc, expression);
  if (isPrimitiveLiteral(tsc, node) || tsc.isRegularExpressionLiteral(node)) return true;
  // Another constant, named as one (`[...QUEUE_METHODS, 'splice']`).
  if (tsc.isIdentifier(node)) return isConstantName(node.text);
  if (tsc.isSpreadElement(node)) return isConstantValue(tsc, node.expression);
  const constants = (nodes: readonly ts.Expression[] = []) =>
    nodes.every((element) => isConstantValue(tsc, element));
  if (tsc.isArrayLiteralExpression(node)) {
    return node.elements.length > 0 && constants(node.elements);
  }
  if (tsc.isObjectLiteralExpression(node)) {
    return (
      node.properties.length > 0 &&
      node.properties.every(
        (property) =>
          tsc.isPropertyAssignment(property) &&
          !tsc.isComputedPropertyName(property.name) &&
          isConstantValue(tsc, property.initializer),
      )
    );
  }
  if (tsc.isNewExpression(node))
    return tsc.isIdentifier(node.expression) && constants(node.arguments);
  if (tsc.isCallExpression(node)) {
    const callee = node.expression;
    const name = tsc.isIdentifier(callee)
      ? callee.text
      : tsc.isPropertyAccessExpression(callee) && tsc.isIdentifier(callee.expression)
        ? `${callee.expression.text}.${callee.name.text}`
        : '';
    return constantMakers.has(name) && constants(node.arguments);
  }
  return false;
}

const constantMakers = new Set(['Object.freeze', 'Symbol', 'Symbol.for']);

/**
 * Whether a variable is a constant named as one: not `let`, holding a value built from literals
 * and other constants alone, and named in UPPER_CASE (`const MAX_DEPTH = 10` and `const QUEUE_METHODS = new
 * Set(['shift'])` in a function, `var DEFAULT_NAME = 'Mocha'` written before `const`).
 */
function isNamedConstant(
  tsc: typeof ts,
  list: ts.VariableDeclarationList,
  { name, initializer }: ts.VariableDeclaration,
): boolean {
  if (!initializer || (list.flags & tsc.NodeFlags.Let) !== 0 || !tsc.isIdentifier(name)) {
    return false;
  }
  return isConstantName(name.text) && isConstantValue(tsc, initializer);
}

/** Whether a name is written as constants' are, in UPPER_CASE (a word of one letter, `N`, fits every case). */
function isConstantName(name: string): boolean {
  const styles = caseStylesOf(name);
  return styles.includes('UPPER_CASE') && !styles.includes('camelCase');
}

export function visitVariables(
  walk: FileWalk,
  node: ts.VariableStatement,
  topLevel: boolean,
): void {
  const tsc = walk.ts;
  const isConst = (node.declarationList.flags & tsc.NodeFlags.Const) !== 0;
  // Destructured names mirror the fields of the object they come from: not chosen, not observed.
  for (const declaration of node.declarationList.declarations) {
    if (!tsc.isIdentifier(declaration.name)) continue;
    const { initializer, name } = declaration;
    if (isFunctionValue(tsc, initializer)) {
      if (!forwardsToNamesake(tsc, name.text, initializer)) observeFunctionName(walk, name);
      if (topLevel && isConst) {
        observe(walk, 'functions.form', arrowForms(tsc, initializer!), name, name.text);
      }
    } else if (initializer && tsc.isClassExpression(initializer)) {
      observeName(walk, 'naming.classes', name);
    } else if (isNameGiven(tsc, name.text, initializer)) {
      continue;
    } else if (topLevel && isConst) {
      // Other module-level constants (schemas, components, tables) follow no single naming rule.
      if (initializer && isPrimitiveLiteral(tsc, initializer)) {
        observeName(walk, 'naming.constants', name);
      }
    } else {
      const observed = walk.observations.length;
      observeName(walk, 'naming.variables', name);
      // Its case is a constant's: it tells how readily the codebase writes UPPER_CASE variables,
      // but is no departure of the file's.
      if (
        observed < walk.observations.length &&
        isNamedConstant(tsc, node.declarationList, declaration)
      ) {
        walk.observations[observed].learnedOnly = true;
      }
    }
  }
}

/** Whether an interface's form was not chosen: it merges with a declaration of its name, or augments a module. */
const mustBeInterface = (walk: FileWalk, declaration: ts.InterfaceDeclaration) =>
  (walk.declarations.names.get(declaration.name.text) ?? 0) > 1 ||
  walk.declarations.augmenting.has(declaration);

export function visitInterface(walk: FileWalk, declaration: ts.InterfaceDeclaration): void {
  observeName(walk, 'naming.types', declaration.name);
  if (!mustBeInterface(walk, declaration)) {
    const name = declaration.name;
    observe(walk, 'types.objectShape', ['interface'], name, name.text);
  }
}

/**
 * Whether a type alias's name was given to it: it re-exports a type of its name
 * (`type input<T> = core.input<T>`), is the type of a value of its name (`type Tag = typeof Tag`),
 * or merges with a value the file declares under its name.
 */
function isTypeNameGiven(walk: FileWalk, declaration: ts.TypeAliasDeclaration): boolean {
  const tsc = walk.ts;
  const name = declaration.name.text;
  const { type } = declaration;
  const referenced = tsc.isTypeReferenceNode(type)
    ? type.typeName
    : tsc.isTypeQueryNode(type)
      ? type.exprName
      : undefined;
  const last = referenced && (tsc.isQualifiedName(referenced) ? referenced.right : referenced);
  if ((last !== undefined && last.text === name) || walk.declarations.values.has(name)) return true;
  const value = valueTypedOf(tsc, type);
  return (
    value !== undefined && caseStylesOf(value).some((style) => caseStylesOf(name).includes(style))
  );
}

/**
 * The one value a type is read from and made of nothing else (`typeof V`, `keyof typeof V`,
 * `(typeof V)[keyof typeof V]`, `ValueOf<typeof V>`), whose naming a type alias of it keeps.
 */
function valueTypedOf(tsc: typeof ts, type: ts.TypeNode): string | undefined {
  const values = new Set<string>();
  const derived = (node: ts.TypeNode): boolean => {
    if (tsc.isTypeQueryNode(node)) {
      const name = tsc.isQualifiedName(node.exprName) ? node.exprName.right : node.exprName;
      values.add(name.text);
      return true;
    }
    if (tsc.isParenthesizedTypeNode(node)) return derived(node.type);
    if (tsc.isTypeOperatorNode(node)) return derived(node.type);
    if (tsc.isIndexedAccessTypeNode(node))
      return derived(node.objectType) && derived(node.indexType);
    if (tsc.isTypeReferenceNode(node)) return (node.typeArguments ?? []).every(derived);
    return false;
  };
  return derived(type) && values.size === 1 ? [...values][0] : undefined;
}

export function visitTypeAlias(walk: FileWalk, declaration: ts.TypeAliasDeclaration): void {
  if (!isTypeNameGiven(walk, declaration)) observeName(walk, 'naming.types', declaration.name);
  if (walk.ts.isTypeLiteralNode(declaration.type)) {
    const name = declaration.name;
    observe(walk, 'types.objectShape', ['type'], name, name.text);
  }
}

/**
 * How many declarations (classes, functions, enums, namespaces, interfaces) bear each name, in every
 * scope, the names of variables declared at the top of each, the interfaces that augment a
 * module (`declare module 'x'`, `declare global`), and the names the file imports.
 */
export function countDeclarations(tsc: typeof ts, statements: ts.NodeArray<ts.Statement>) {
  const names = new Map<string, number>();
  const values = new Set<string>();
  const augmenting = new Set<ts.Node>();
  const imported = new Set<string>();
  const visit = (statements: ts.NodeArray<ts.Statement>, augments: boolean) => {
    for (const statement of statements) {
      if (augments && tsc.isInterfaceDeclaration(statement)) augmenting.add(statement);
      if (tsc.isImportDeclaration(statement)) {
        for (const binding of importBindings(tsc, statement)) imported.add(binding.name);
      }
      if (tsc.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (tsc.isIdentifier(declaration.name)) values.add(declaration.name.text);
        }
      }
      if (
        (tsc.isClassDeclaration(statement) ||
          tsc.isFunctionDeclaration(statement) ||
          tsc.isEnumDeclaration(statement) ||
          tsc.isInterfaceDeclaration(statement) ||
          tsc.isModuleDeclaration(statement)) &&
        statement.name &&
        tsc.isIdentifier(statement.name)
      ) {
        names.set(statement.name.text, (names.get(statement.name.text) ?? 0) + 1);
      }
      if (
        tsc.isModuleDeclaration(statement) &&
        statement.body &&
        tsc.isModuleBlock(statement.body)
      ) {
        const augmentation =
          tsc.isStringLiteral(statement.name) ||
          (statement.flags & tsc.NodeFlags.GlobalAugmentation) !== 0;
        visit(statement.body.statements, augments || augmentation);
      }
    }
  };
  visit(statements, false);
  return { names, values, augmenting, imported };
}
