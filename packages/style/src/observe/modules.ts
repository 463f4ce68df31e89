import { isBuiltin } from 'node:module';
import type * as ts from 'typescript';
import { noteExport, observe, use, type FileWalk, type ImportBinding } from './file-walk';

export function observeSpecifier(
  walk: FileWalk,
  specifier: ts.Expression | undefined,
  loader: 'esm' | 'commonjs',
): void {
  if (!specifier || !walk.ts.isStringLiteralLike(specifier)) return;
  const name = specifier.text;
  if (!walk.moduleSystemFixed) observe(walk, 'modules.system', [loader], specifier, name);
  if (name.startsWith('node:'))
    observe(walk, 'imports.nodeProtocol', ['prefixed'], specifier, name);
  else if (isBuiltin(name)) observe(walk, 'imports.nodeProtocol', ['bare'], specifier, name);
  else if (name.startsWith('../')) observe(walk, 'imports.internal', ['relative'], specifier, name);
  else if (walk.context.pathAliases.some((alias) => name.startsWith(alias))) {
    observe(walk, 'imports.internal', ['alias'], specifier, name);
  }
}

/** An import's module system and specifier, and its bindings (to tell type-only imports later). */
export function visitImport(walk: FileWalk, node: ts.ImportDeclaration): void {
  const tsc = walk.ts;
  observeSpecifier(walk, node.moduleSpecifier, 'esm');
  if (walk.isTypeScript) walk.imports.push(...importBindings(tsc, node));
}

/** The names an import declares (its default, its namespace, each named one) and whether each says `type`. */
export function importBindings(tsc: typeof ts, node: ts.ImportDeclaration): ImportBinding[] {
  const clause = node.importClause;
  if (!clause) return [];
  const bindings: ImportBinding[] = [];
  if (clause.name) {
    bindings.push({ name: clause.name.text, marked: clause.isTypeOnly, node: clause.name });
  }
  const named = clause.namedBindings;
  if (named && tsc.isNamespaceImport(named)) {
    bindings.push({ name: named.name.text, marked: clause.isTypeOnly, node: named.name });
  } else if (named && tsc.isNamedImports(named)) {
    for (const element of named.elements) {
      bindings.push({
        name: element.name.text,
        marked: clause.isTypeOnly || element.isTypeOnly,
        node: element,
      });
    }
  }
  return bindings;
}

export function visitExport(walk: FileWalk, exported: ts.ExportDeclaration): void {
  observeSpecifier(walk, exported.moduleSpecifier, 'esm');
  // `export … from` passes on another module's exports: their kind was chosen there.
  if (exported.moduleSpecifier) return;
  const clause = exported.exportClause;
  if (!clause || !walk.ts.isNamedExports(clause)) return;
  for (const element of clause.elements) {
    noteExport(walk, element, element.name.text === 'default');
    use(
      walk,
      (element.propertyName ?? element.name).text,
      exported.isTypeOnly || element.isTypeOnly,
    );
  }
}

/** What only the whole file tells: its kind of export, and which imports it uses only as types. */
export function observeModuleShape(walk: FileWalk): void {
  if (walk.defaultExport) {
    observe(walk, 'exports.kind', ['default'], walk.defaultExport, 'export default');
  } else if (walk.namedExport) {
    observe(walk, 'exports.kind', ['named'], walk.namedExport, 'export');
  }
  for (const binding of walk.imports) {
    if (walk.usages.type.has(binding.name) && !walk.usages.value.has(binding.name)) {
      const variant = binding.marked ? 'marked' : 'unmarked';
      observe(walk, 'imports.typeOnly', [variant], binding.node, binding.name);
    }
  }
}
