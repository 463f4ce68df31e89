import * as ts from 'typescript';
import { applyEdits, forEachNode, parse, type Edit } from './edits';

// A file has at most this many awaits rewritten: one parse per rewrite.
const maxRewrites = 200;

/** `await e` of a statement a function body runs: `await e;`, `return await e;`, `const x = await e;`. */
function awaitedBy(statement: ts.Statement): { awaited: ts.Expression; binding?: string } | null {
  if (ts.isExpressionStatement(statement) && ts.isAwaitExpression(statement.expression)) {
    return { awaited: statement.expression.expression };
  }
  if (
    ts.isReturnStatement(statement) &&
    statement.expression &&
    ts.isAwaitExpression(statement.expression)
  ) {
    return { awaited: statement.expression.expression, binding: 'value' };
  }
  if (ts.isVariableStatement(statement)) {
    const declarations = statement.declarationList.declarations;
    const [declaration] = declarations;
    if (declarations.length !== 1 || declaration.type) return null;
    if (!declaration.initializer || !ts.isAwaitExpression(declaration.initializer)) return null;
    return { awaited: declaration.initializer.expression, binding: declaration.name.getText() };
  }
  return null;
}

/** The first statement of a function body that awaits, rewritten with the rest of the body as its `.then()` callback. */
function firstRewrite(source: ts.SourceFile): Edit | null {
  let edit: Edit | null = null;
  forEachNode(source, (node) => {
    if (edit || !ts.isBlock(node) || !ts.isFunctionLike(node.parent)) return;
    const statements = node.statements;
    const index = statements.findIndex((statement) => awaitedBy(statement) !== null);
    if (index < 0) return;
    const { awaited, binding } = awaitedBy(statements[index])!;
    const rest = statements.slice(index + 1);
    const isReturn = ts.isReturnStatement(statements[index]);
    const restText = rest.length ? source.text.slice(rest[0].getFullStart(), rest.at(-1)!.end) : '';
    const callback = isReturn
      ? `(${binding}) => ${binding}`
      : `(${binding ?? ''}) => {${restText}\n}`;
    const promise =
      ts.isIdentifier(awaited) ||
      ts.isCallExpression(awaited) ||
      ts.isPropertyAccessExpression(awaited)
        ? awaited.getText(source)
        : `(${awaited.getText(source)})`;
    edit = {
      start: statements[index].getStart(source),
      end: isReturn ? statements[index].end : (rest.at(-1)?.end ?? statements[index].end),
      text: `return ${promise}.then(${callback});`,
    };
  });
  return edit;
}

/** The file with every await a function body runs as a statement turned into a `.then()` chain. */
export function rewriteAwaits(path: string, text: string): { text: string; changed: number } {
  let changed = 0;
  while (changed < maxRewrites) {
    const edit = firstRewrite(parse(path, text));
    if (!edit) break;
    text = applyEdits(text, [edit]);
    changed++;
  }
  return { text, changed };
}
