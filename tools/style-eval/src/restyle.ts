import {
  caseStylesOf,
  observeSource,
  toCaseStyle,
  type CaseStyle,
  type ConventionId,
} from '@baton/style';
import * as ts from 'typescript';
import { rewriteAwaits } from './restyle-async';
import { functionForm } from './restyle-functions';
import {
  astRestyle,
  hasModifier,
  result,
  topLevel,
  variantRestyle,
  type Restyle,
} from './restyled';

export type { Restyle, RestyledFile } from './restyled';
import { nodeEdits, parse, renameEdits, type Edit } from './edits';

/** The case a name is moved to, away from `expected`. */
function otherCase(convention: ConventionId, expected: string): CaseStyle | null {
  if (expected === 'camelCase')
    return convention === 'naming.functions' ? 'PascalCase' : 'snake_case';
  if (expected === 'PascalCase' || expected === 'UPPER_CASE' || expected === 'snake_case') {
    return convention === 'naming.types' || convention === 'naming.classes'
      ? 'snake_case'
      : 'camelCase';
  }
  if (expected === 'kebab-case') return 'camelCase';
  return null;
}

function renaming(convention: ConventionId): Restyle {
  return {
    convention,
    describe: (expected) => `${expected} → ${otherCase(convention, expected)}`,
    target: (expected) => otherCase(convention, expected),
    apply(file, expected) {
      const target = otherCase(convention, expected);
      if (!target) return null;
      // In a JSX file a PascalCase function is a component: named so, it is written in no other style.
      const jsx = file.path.endsWith('.tsx') || file.path.endsWith('.jsx');
      if (jsx && convention === 'naming.functions' && target === 'PascalCase') return null;
      const names = new Map<string, string>();
      for (const observation of observeSource(file.path, file.text, { pathAliases: [] })) {
        if (observation.convention !== convention) continue;
        if (!observation.variants.includes(expected)) continue;
        const renamed = toCaseStyle(observation.subject, target);
        // `class Class` lowercased is `class class`: no longer code, so no style either.
        if (ts.identifierToKeywordKind(ts.factory.createIdentifier(renamed)) !== undefined)
          continue;
        if (!caseStylesOf(renamed).includes(expected as CaseStyle)) {
          names.set(observation.subject, renamed);
        }
      }
      if (names.size === 0) return null;
      const source = parse(file.path, file.text);
      const edits = renameEdits(source, names);
      const restyled = result(file, edits);
      return restyled && { ...restyled, changed: names.size };
    },
  };
}

const fileNaming: Restyle = {
  convention: 'naming.files',
  describe: (expected) => `${expected} → ${otherCase('naming.files', expected)}`,
  target: (expected) => otherCase('naming.files', expected),
  apply(file, expected) {
    const target = otherCase('naming.files', expected);
    const slash = file.path.lastIndexOf('/');
    const base = file.path.slice(slash + 1);
    const stem = base.split('.')[0];
    if (!target || !caseStylesOf(stem).includes(expected as CaseStyle)) return null;
    const renamed = toCaseStyle(stem, target);
    if (caseStylesOf(renamed).includes(expected as CaseStyle)) return null;
    const path = `${file.path.slice(0, slash + 1)}${renamed}${base.slice(stem.length)}`;
    return { path, text: file.text, changed: 1 };
  },
};

const objectShapes = astRestyle(
  'types.objectShape',
  (expected) => (expected === 'interface' ? 'interface → type alias' : 'type alias → interface'),
  (source, expected, file) => {
    const judged = new Set(
      observeSource(file.path, file.text, { pathAliases: [] })
        .filter((o) => o.convention === 'types.objectShape' && o.variants.includes(expected))
        .map((o) => o.subject),
    );
    return nodeEdits(source, (node) => {
      if (
        expected === 'interface' &&
        ts.isInterfaceDeclaration(node) &&
        judged.has(node.name.text)
      ) {
        const heritage = (node.heritageClauses ?? []).flatMap((clause) =>
          clause.types.map((type) => type.getText(source)),
        );
        const typeParameters = node.typeParameters
          ? `<${node.typeParameters.map((p) => p.getText(source)).join(', ')}>`
          : '';
        const body = file.text.slice(node.members.pos - 1, node.end);
        const modifiers = file.text.slice(node.getStart(source), node.name.getStart(source));
        return {
          start: node.getStart(source),
          end: node.end,
          text: `${modifiers.replace(/\binterface\s+$/, 'type ')}${node.name.text}${typeParameters} = ${[...heritage, body].join(' & ')};`,
        };
      }
      if (
        expected === 'type' &&
        ts.isTypeAliasDeclaration(node) &&
        ts.isTypeLiteralNode(node.type) &&
        judged.has(node.name.text)
      ) {
        const head = file.text.slice(node.getStart(source), node.type.getStart(source));
        return {
          start: node.getStart(source),
          end: node.end,
          text: `${head.replace(/\btype(\s+)/, 'interface$1').replace(/\s*=\s*$/, ' ')}${node.type.getText(source)}`,
        };
      }
      return undefined;
    });
  },
);

const asyncForm = variantRestyle(
  'async.form',
  () => 'await → .then() chains',
  (file) => {
    const rewritten = rewriteAwaits(file.path, file.text);
    return rewritten.changed ? { path: file.path, ...rewritten } : null;
  },
  'await',
);

function defaultExport(file: { path: string; text: string }, source: ts.SourceFile): Edit[] {
  for (const statement of topLevel(source)) {
    if (!hasModifier(statement, ts.SyntaxKind.ExportKeyword)) continue;
    if (hasModifier(statement, ts.SyntaxKind.DefaultKeyword)) return [];
    if (
      (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) &&
      statement.name
    ) {
      const keyword = ts
        .getModifiers(statement)!
        .find((m) => m.kind === ts.SyntaxKind.ExportKeyword)!;
      return [{ start: keyword.end, end: keyword.end, text: ' default' }];
    }
    if (ts.isVariableStatement(statement)) {
      const [declaration] = statement.declarationList.declarations;
      if (!ts.isIdentifier(declaration.name)) continue;
      const keyword = ts
        .getModifiers(statement)!
        .find((m) => m.kind === ts.SyntaxKind.ExportKeyword)!;
      return [
        { start: keyword.getStart(source), end: keyword.end + 1, text: '' },
        {
          start: file.text.length,
          end: file.text.length,
          text: `\nexport default ${declaration.name.text};\n`,
        },
      ];
    }
  }
  return [];
}

function namedExport(source: ts.SourceFile): Edit[] {
  const edits: Edit[] = [];
  for (const statement of topLevel(source)) {
    if (ts.isExportAssignment(statement) && !statement.isExportEquals) {
      const expression = statement.expression;
      edits.push({
        start: statement.getStart(source),
        end: statement.end,
        text: ts.isIdentifier(expression)
          ? `export { ${expression.text} };`
          : `export const main = ${expression.getText(source)};`,
      });
    } else if (
      ts.canHaveModifiers(statement) &&
      hasModifier(statement, ts.SyntaxKind.DefaultKeyword)
    ) {
      const keyword = ts
        .getModifiers(statement)!
        .find((m) => m.kind === ts.SyntaxKind.DefaultKeyword)!;
      edits.push({ start: keyword.getStart(source) - 1, end: keyword.end, text: '' });
    }
  }
  return edits;
}

const exportKind = astRestyle(
  'exports.kind',
  (expected) => (expected === 'named' ? 'named → default export' : 'default → named exports'),
  (source, expected, file) =>
    expected === 'named' ? defaultExport(file, source) : namedExport(source),
);

function requireOf(source: ts.SourceFile, node: ts.ImportDeclaration): string | null {
  const specifier = node.moduleSpecifier.getText(source);
  const clause = node.importClause;
  if (!clause) return `require(${specifier});`;
  if (clause.isTypeOnly) return null;
  const lines: string[] = [];
  if (clause.name) lines.push(`const ${clause.name.text} = require(${specifier});`);
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) {
    lines.push(`const ${bindings.name.text} = require(${specifier});`);
  } else if (bindings && ts.isNamedImports(bindings)) {
    const values = bindings.elements
      .filter((element) => !element.isTypeOnly)
      .map((element) =>
        element.propertyName
          ? `${element.propertyName.getText(source)}: ${element.name.text}`
          : element.name.text,
      );
    if (values.length) lines.push(`const { ${values.join(', ')} } = require(${specifier});`);
  }
  return lines.length ? lines.join('\n') : null;
}

const moduleSystem = astRestyle(
  'modules.system',
  () => 'ESM imports → require()',
  (source) =>
    topLevel(source).flatMap((statement) => {
      const text = ts.isImportDeclaration(statement) ? requireOf(source, statement) : null;
      return text ? [{ start: statement.getStart(source), end: statement.end, text }] : [];
    }),
  'esm',
);

/** The `new X(…)` a throw statement throws, where X is a plain name. */
function thrownConstruction(node: ts.Node) {
  if (!ts.isThrowStatement(node) || !ts.isNewExpression(node.expression)) return undefined;
  const callee = node.expression.expression;
  return ts.isIdentifier(callee) ? { construction: node.expression, callee } : undefined;
}

const thrownValues = astRestyle(
  'errors.thrown',
  () => 'thrown Errors → thrown strings',
  (source) =>
    nodeEdits(source, (node) => {
      const thrown = thrownConstruction(node);
      if (!thrown || !/(?:Error|Exception)$/.test(thrown.callee.text)) return undefined;
      const [first] = thrown.construction.arguments ?? [];
      return {
        start: thrown.construction.getStart(source),
        end: thrown.construction.end,
        text: !first
          ? `'${thrown.callee.text}'`
          : ts.isStringLiteralLike(first) || ts.isTemplateExpression(first)
            ? first.getText(source)
            : `\`\${${first.getText(source)}}\``,
      };
    }),
  'error',
);

const errorClasses = astRestyle(
  'errors.class',
  (expected) => (expected === 'subclass' ? 'typed errors → built-in Error' : 'Error → AppError'),
  (source, expected) =>
    nodeEdits(source, (node) => {
      const callee = thrownConstruction(node)?.callee;
      if (!callee) return undefined;
      const builtin = /^(?:Type|Range|Syntax|Reference|Eval|URI|Aggregate)?Error$/.test(
        callee.text,
      );
      const text =
        expected === 'subclass' && !builtin && /(?:Error|Exception)$/.test(callee.text)
          ? 'Error'
          : expected === 'builtin' && builtin
            ? 'AppError'
            : undefined;
      return text === undefined
        ? undefined
        : { start: callee.getStart(source), end: callee.end, text };
    }),
);

// What models leave at the top of a file they wrote.
const banners = [
  '// This file was generated by Claude.',
  '// Here is the updated module with the changes you asked for.',
  '// AI-generated: implements the requested feature.',
  "// I've refactored this module to be cleaner.",
];

const bannerComments = variantRestyle(
  'comments.banners',
  () => 'a model banner added',
  (file) => {
    const pick = [...file.path].reduce((sum, c) => sum + c.charCodeAt(0), 0) % banners.length;
    const shebang = file.text.startsWith('#!') ? file.text.indexOf('\n') + 1 : 0;
    return result(file, [{ start: shebang, end: shebang, text: `${banners[pick]}\n` }]);
  },
  'none',
);

const nodeProtocol = variantRestyle(
  'imports.nodeProtocol',
  (expected) => (expected === 'prefixed' ? "'node:fs' → 'fs'" : "'fs' → 'node:fs'"),
  (file, expected) => {
    const edits: Edit[] = [];
    for (const observation of observeSource(file.path, file.text, { pathAliases: [] })) {
      if (observation.convention !== 'imports.nodeProtocol' || observation.variants[0] !== expected)
        continue;
      // The specifier's text starts after its opening quote.
      const start = observation.position + 1;
      const name = observation.subject;
      const renamed = expected === 'prefixed' ? name.slice('node:'.length) : `node:${name}`;
      edits.push({ start, end: start + name.length, text: renamed });
    }
    return result(file, edits);
  },
);

const typeOnlyImports = astRestyle(
  'imports.typeOnly',
  () => '`import type` → plain imports',
  (source) => {
    // The `type ` keyword of a type-only import, or of each type-only name in a plain one.
    const keywords = topLevel(source).flatMap((statement): ts.Node[] => {
      const clause = ts.isImportDeclaration(statement) ? statement.importClause : undefined;
      if (!clause) return [];
      if (clause.isTypeOnly) return [clause];
      return clause.namedBindings && ts.isNamedImports(clause.namedBindings)
        ? clause.namedBindings.elements.filter((element) => element.isTypeOnly)
        : [];
    });
    return keywords.map((node) => {
      const keyword = node.getStart(source);
      return { start: keyword, end: keyword + 'type '.length, text: '' };
    });
  },
  'marked',
);

/** Every restyle the evaluation applies, one convention each. */
export const restyles: readonly Restyle[] = [
  renaming('naming.functions'),
  renaming('naming.variables'),
  renaming('naming.constants'),
  renaming('naming.classes'),
  renaming('naming.types'),
  fileNaming,
  exportKind,
  functionForm,
  asyncForm,
  objectShapes,
  nodeProtocol,
  typeOnlyImports,
  moduleSystem,
  thrownValues,
  errorClasses,
  bannerComments,
];
