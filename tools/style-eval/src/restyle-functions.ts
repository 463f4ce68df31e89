import * as ts from 'typescript';
import { forEachNode, type Edit } from './edits';
import { parse } from './edits';
import { hasModifier, otherVariant, result, topLevel, type Restyle } from './restyled';

function usesThis(node: ts.Node): boolean {
  let found = false;
  forEachNode(node, (child) => {
    if (child.kind === ts.SyntaxKind.ThisKeyword) found = true;
    if (ts.isIdentifier(child) && child.text === 'arguments') found = true;
  });
  return found;
}

function toArrow(source: ts.SourceFile, fn: ts.FunctionDeclaration): string {
  const modifiers = (ts.getModifiers(fn) ?? [])
    .filter(
      (m) => m.kind === ts.SyntaxKind.ExportKeyword || m.kind === ts.SyntaxKind.DeclareKeyword,
    )
    .map((m) => `${m.getText(source)} `)
    .join('');
  const isAsync = hasModifier(fn, ts.SyntaxKind.AsyncKeyword) ? 'async ' : '';
  const typeParameters = fn.typeParameters
    ? `<${fn.typeParameters.map((p) => p.getText(source)).join(', ')}>`
    : '';
  const parameters = fn.parameters.map((p) => p.getText(source)).join(', ');
  const returns = fn.type ? `: ${fn.type.getText(source)}` : '';
  return `${modifiers}const ${fn.name!.text} = ${isAsync}${typeParameters}(${parameters})${returns} => ${fn.body!.getText(source)};`;
}

function toDeclaration(source: ts.SourceFile, statement: ts.VariableStatement): string | null {
  const [declaration] = statement.declarationList.declarations;
  const arrow = declaration.initializer;
  if (statement.declarationList.declarations.length !== 1 || !ts.isIdentifier(declaration.name))
    return null;
  if (!arrow || !ts.isArrowFunction(arrow) || declaration.type) return null;
  const exported = hasModifier(statement, ts.SyntaxKind.ExportKeyword) ? 'export ' : '';
  const isAsync = hasModifier(arrow, ts.SyntaxKind.AsyncKeyword) ? 'async ' : '';
  const typeParameters = arrow.typeParameters
    ? `<${arrow.typeParameters.map((p) => p.getText(source)).join(', ')}>`
    : '';
  const parameters = arrow.parameters.map((p) => p.getText(source)).join(', ');
  const returns = arrow.type ? `: ${arrow.type.getText(source)}` : '';
  const body = ts.isBlock(arrow.body)
    ? arrow.body.getText(source)
    : `{\n  return ${arrow.body.getText(source)};\n}`;
  return `${exported}${isAsync}function ${declaration.name.text}${typeParameters}(${parameters})${returns} ${body}`;
}

/** Top-level function declarations ↔ arrow functions in constants. */
export const functionForm: Restyle = {
  convention: 'functions.form',
  target: (expected) => otherVariant('functions.form', expected),
  describe: (expected) =>
    expected === 'declaration'
      ? 'declarations → arrow constants'
      : 'arrow constants → declarations',
  apply(file, expected) {
    const source = parse(file.path, file.text);
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
    return result(file, edits);
  },
};
