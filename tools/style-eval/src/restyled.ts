import { conventionVariants, type ConventionId } from '@baton/style';
import * as ts from 'typescript';
import { applyEdits, parse, type Edit } from './edits';

export interface RestyledFile {
  path: string;
  text: string;
  /** How many occurrences of the convention the restyle changed. */
  changed: number;
}

/** A mechanical rewrite of a file, away from the variant of one convention a codebase holds to. */
export interface Restyle {
  convention: ConventionId;
  /** What it does, for the tables: "camelCase → PascalCase". */
  describe(expected: string): string;
  /** The variant the restyle writes, away from `expected`. */
  target(expected: string): string | null;
  /** The restyled file, or null when the file has nothing to restyle or the restyle has no other variant. */
  apply(file: { path: string; text: string }, expected: string): RestyledFile | null;
}

export const topLevel = (source: ts.SourceFile) => source.statements;
export const hasModifier = (node: ts.Node, kind: ts.SyntaxKind) =>
  ts.canHaveModifiers(node) && !!ts.getModifiers(node)?.some((m) => m.kind === kind);

export function result(
  file: { path: string; text: string },
  edits: Edit[],
  path = file.path,
): RestyledFile | null {
  return edits.length ? { path, text: applyEdits(file.text, edits), changed: edits.length } : null;
}

export const otherVariant = (convention: ConventionId, expected: string) =>
  conventionVariants[convention].find((variant) => variant !== expected) ?? null;

/**
 * A restyle of a file away from the variant of `convention` it holds to, toward the other variant;
 * with `from`, it rewrites only that variant.
 */
export function variantRestyle(
  convention: ConventionId,
  describe: Restyle['describe'],
  apply: Restyle['apply'],
  from?: string,
): Restyle {
  return {
    convention,
    target: (expected) => otherVariant(convention, expected),
    describe,
    apply: (file, expected) =>
      from !== undefined && expected !== from ? null : apply(file, expected),
  };
}

/** A `variantRestyle` of the parsed file: `edits` lists the changes away from `expected`. */
export function astRestyle(
  convention: ConventionId,
  describe: Restyle['describe'],
  edits: (source: ts.SourceFile, expected: string, file: { path: string; text: string }) => Edit[],
  from?: string,
): Restyle {
  return variantRestyle(
    convention,
    describe,
    (file, expected) => result(file, edits(parse(file.path, file.text), expected, file)),
    from,
  );
}
