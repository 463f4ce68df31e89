import type * as ts from 'typescript';
import { caseStylesOf } from '../naming';
import { observe, observeName, type FileWalk } from './file-walk';
import { importBindings } from './modules';

function isPrimitiveLiteral(tsc: typeof ts, node: ts.Expression): boolean {
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

/**
 * Whether a function is a constructor written before classes: it declares the `this` it builds, and
 * is named as a class. A callback or a method written as a function declares its `this` too.
 */
const isConstructorFunction = (tsc: typeof ts, fn: ts.FunctionDeclaration, name: ts.Identifier) => {
  const first = fn.parameters[0]?.name;
  return (
    !!first &&
    tsc.isIdentifier(first) &&
    first.text === 'this' &&
    caseStylesOf(name.text).includes('PascalCase')
  );
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
      observeName(walk, 'naming.variables', name);
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
