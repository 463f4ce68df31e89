import * as ts from 'typescript';

/** One replacement in a file's text: [start, end) becomes `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export function parse(path: string, text: string): ts.SourceFile {
  const kind = /\.[cm]?js$/.test(path) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  return ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
}

/** The text with every edit made; edits must not overlap. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

export function forEachNode(node: ts.Node, callback: (node: ts.Node) => void): void {
  callback(node);
  ts.forEachChild(node, (child) => forEachNode(child, callback));
}

/** The edits `edit` makes at `node` and every node below it, in tree order. */
export function nodeEdits(node: ts.Node, edit: (node: ts.Node) => Edit | undefined): Edit[] {
  const edits: Edit[] = [];
  forEachNode(node, (each) => {
    const made = edit(each);
    if (made) edits.push(made);
  });
  return edits;
}

/** Whether an identifier names a property (`a.name`, `{ name: 1 }`, `name(): void` in a type) rather than a binding. */
function isPropertyName(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent)) return parent.name === node;
  if (ts.isQualifiedName(parent)) return parent.right === node;
  if (
    ts.isPropertyAssignment(parent) ||
    ts.isPropertySignature(parent) ||
    ts.isPropertyDeclaration(parent) ||
    ts.isMethodDeclaration(parent) ||
    ts.isMethodSignature(parent) ||
    ts.isGetAccessor(parent) ||
    ts.isSetAccessor(parent) ||
    ts.isEnumMember(parent)
  ) {
    return parent.name === node;
  }
  if (ts.isBindingElement(parent)) return parent.propertyName === node;
  if (ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) {
    return parent.propertyName === node;
  }
  return false;
}

/** Renames every binding of `names` in the file (declarations and uses), keeping property names. */
export function renameEdits(source: ts.SourceFile, names: ReadonlyMap<string, string>): Edit[] {
  return nodeEdits(source, (node) => {
    if (!ts.isIdentifier(node) || isPropertyName(node)) return;
    const renamed = names.get(node.text);
    if (renamed === undefined) return;
    const start = node.getStart(source);
    const parent = node.parent;
    // `{ name }` keeps its key: `{ name: new_name }`.
    const text = ts.isShorthandPropertyAssignment(parent)
      ? `${node.text}: ${renamed}`
      : ts.isBindingElement(parent) &&
          !parent.propertyName &&
          ts.isObjectBindingPattern(parent.parent)
        ? `${node.text}: ${renamed}`
        : renamed;
    return { start, end: node.end, text };
  });
}
