import type * as ts from 'typescript';
import type { ConventionId, Observation } from '../conventions';
import { caseStylesOf } from '../naming';

/** What an observation needs to know beyond the file itself. */
export interface ObserveContext {
  /** Path alias prefixes from tsconfig `compilerOptions.paths` (`@/`, `~lib/`), to tell aliases from packages. */
  pathAliases: readonly string[];
}

export interface ImportBinding {
  name: string;
  marked: boolean;
  node: ts.Node;
}

/** One walk over one file's syntax tree: what it has seen so far, and where it records observations. */
export interface FileWalk {
  ts: typeof ts;
  source: ts.SourceFile;
  context: ObserveContext;
  isTypeScript: boolean;
  isJsx: boolean;
  /**
   * `.cjs`/`.cts` (CommonJS) or `.mjs`/`.mts` (ES modules): the extension chose the module system,
   * so `require` or `import` there is no choice of the file's.
   */
  moduleSystemFixed: boolean;
  observations: Observation[];
  defaultExport?: ts.Node;
  namedExport?: ts.Node;
  imports: ImportBinding[];
  /**
   * Where the walk stands toward promises: in an async function, in one that could be async
   * (`returnable`) or in one that cannot; inside an awaited expression; inside what a function returns.
   */
  promises: { fn: 'async' | 'returnable' | 'fixed'; awaited: boolean; returned: boolean };
  /** The Error classes the file has thrown so far. */
  thrownClasses: Set<string>;
  /** The names the file passes on under their own name as an object's field (`{ user_id }`). */
  shorthands: Set<string>;
  /** Names assigned, after their declaration, a value that names them (`x_id = body.x_id`). */
  givenLater: Set<string>;
  /** Names the file constructs (`new X()`), extends or reaches the prototype of: they hold a class. */
  constructors: Set<string>;
  /** The names read as types, and those read as values. */
  usages: { type: Set<string>; value: Set<string> };
  /**
   * How many declarations of the file bear each name (an interface sharing its name with another
   * merges), and the names it imports, whose uses alone are tracked.
   */
  declarations: {
    names: Map<string, number>;
    values: Set<string>;
    augmenting: Set<ts.Node>;
    imported: Set<string>;
  };
}

export function observe(
  walk: FileWalk,
  convention: ConventionId,
  variants: string[],
  at: ts.Node | number,
  subject: string,
): void {
  if (variants.length === 0) return;
  const { source } = walk;
  const position = typeof at === 'number' ? at : at === source ? 0 : at.getStart(source);
  walk.observations.push({ convention, variants, position, subject });
}

export function observeName(
  walk: FileWalk,
  convention: ConventionId,
  name: ts.Node | undefined,
): void {
  if (name && walk.ts.isIdentifier(name)) {
    observe(walk, convention, caseStylesOf(name.text), name, name.text);
  }
}

export function use(walk: FileWalk, name: string, inType: boolean): void {
  (inType ? walk.usages.type : walk.usages.value).add(name);
}

export function noteExport(walk: FileWalk, node: ts.Node, isDefault: boolean): void {
  if (isDefault) walk.defaultExport ??= node;
  else walk.namedExport ??= node;
}

export const hasModifier = (tsc: typeof ts, node: ts.Node, kind: ts.SyntaxKind) =>
  tsc.canHaveModifiers(node) &&
  !!tsc.getModifiers(node)?.some((modifier) => modifier.kind === kind);
