import * as ts from 'typescript';
import { forEachNode, type Edit } from './edits';
import { astRestyle, hasModifier, topLevel } from './restyled';

function usesThis(node: ts.Node): boolean {
  let found = false;
  forEachNode(node, (child) => {
    if (child.kind === ts.SyntaxKind.ThisKeyword) found = true;
    if (ts.isIdentifier(child) && child.text === 'arguments') found = true;
  });
  return found;
}

/** A function's signature as written, for writing it again in the other form. */
function signature(source: ts.SourceFile, fn: ts.FunctionDeclaration | ts.ArrowFunction) {
  const text = (nodes: readonly ts.Node[]) => nodes.map((node) => node.getText(source)).join(', ');
  return {
    isAsync: hasModifier(fn, ts.SyntaxKind.AsyncKeyword) ? 'async ' : '',
    typeParameters: fn.typeParameters ? `<${text(fn.typeParameters)}>` : '',
    parameters: `(${text(fn.parameters)})${fn.type ? `: ${fn.type.getText(source)}` : ''}`,
  };
}

function toArrow(source: ts.SourceFile, fn: ts.FunctionDeclaration): string {
  const modifiers = (ts.getModifiers(fn) ?? [])
    .filter(
      (m) => m.kind === ts.SyntaxKind.ExportKeyword || m.kind === ts.SyntaxKind.DeclareKeyword,
    )
    .map((m) => `${m.getText(source)} `)
    .join('');
  const { isAsync, typeParameters, parameters } = signature(source, fn);
  return `${modifiers}const ${fn.name!.text} = ${isAsync}${typeParameters}${parameters} => ${fn.body!.getText(source)};`;
}

function toDeclaration(source: ts.SourceFile, statement: ts.VariableStatement): string | null {
  const [declaration] = statement.declarationList.declarations;
  const arrow = declaration.initializer;
  if (statement.declarationList.declarations.length !== 1 || !ts.isIdentifier(declaration.name))
    return null;
  if (!arrow || !ts.isArrowFunction(arrow) || declaration.type) return null;
  const exported = hasModifier(statement, ts.SyntaxKind.ExportKeyword) ? 'export ' : '';
  const { isAsync, typeParameters, parameters } = signature(source, arrow);
  const body = ts.isBlock(arrow.body)
    ? arrow.body.getText(source)
    : `{\n  return ${arrow.body.getText(source)};\n}`;
  return `${exported}${isAsync}function ${declaration.name.text}${typeParameters}${parameters} ${body}`;
}

/** Top-level function declarations ↔ arrow functions in constants. */
export const functionForm = astRestyle(
  'functions.form',
  (expected) =>
    expected === 'declaration'
      ? 'declarations → arrow constants'
      : 'arrow constants → declarations',
  (source, expected) => {
    const names = new Map<string, number>();
    for (const statement of topLevel(source)) {
      if (ts.isFunctionDeclaration(statement) && statement.name) {
        names.set(statement.name.text, (names.get(statement.name.text) ?? 0) + 1);
      }
    }
    const edits: Edit[] = [];
    for (const statement of topLevel(source)) {
      const range = { start: statement.getStart(source), end: statement.end };
      if (expected === 'declaration' && ts.isFunctionDeclaration(statement)) {
        const { name, body } = statement;
        if (!name || !body || statement.asteriskToken || names.get(name.text) !== 1) continue;
        if (hasModifier(statement, ts.SyntaxKind.DefaultKeyword) || usesThis(body)) continue;
        edits.push({ ...range, text: toArrow(source, statement) });
      } else if (expected === 'arrow' && ts.isVariableStatement(statement)) {
        const text = toDeclaration(source, statement);
        if (text) edits.push({ ...range, text });
      }
    }
    return edits;
  },
);
