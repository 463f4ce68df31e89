import type { ConventionId, Observation } from '../conventions';
import { positionsIn, type LineAndColumn } from '../positions';

/**
 * The lint rules, by their name without the plugin's prefix, that ask for one variant of each
 * convention (ESLint's and its plugins', Oxlint's, Biome's): turning one off is saying the
 * departure below was meant.
 */
const rulesOf: Partial<Record<ConventionId, readonly string[]>> = {
  'naming.functions': [
    'camelcase',
    'naming-convention',
    'new-cap',
    'id-match',
    'useNamingConvention',
  ],
  'naming.variables': ['camelcase', 'naming-convention', 'id-match', 'useNamingConvention'],
  'naming.constants': ['camelcase', 'naming-convention', 'id-match', 'useNamingConvention'],
  'naming.classes': [
    'camelcase',
    'naming-convention',
    'new-cap',
    'id-match',
    'useNamingConvention',
  ],
  'naming.types': ['camelcase', 'naming-convention', 'id-match', 'useNamingConvention'],
  'naming.files': ['filename-case', 'filename-naming-convention', 'useFilenamingConvention'],
  'exports.kind': [
    'no-default-export',
    'prefer-default-export',
    'no-named-export',
    'no-restricted-exports',
    'noDefaultExport',
  ],
  'functions.form': ['func-style', 'prefer-arrow-callback', 'prefer-arrow-functions'],
  'async.form': ['prefer-await-to-then'],
  'types.objectShape': ['consistent-type-definitions', 'useConsistentTypeDefinitions'],
  'imports.nodeProtocol': [
    'prefer-node-protocol',
    'enforce-node-protocol-usage',
    'useNodejsImportProtocol',
  ],
  'imports.typeOnly': ['consistent-type-imports', 'useImportType'],
  'modules.system': [
    'no-require-imports',
    'no-var-requires',
    'global-require',
    'no-commonjs',
    'noCommonJs',
  ],
  'errors.thrown': ['no-throw-literal', 'only-throw-error', 'useThrowOnlyError'],
};

// `// eslint-disable-next-line a, b -- why`, `/* eslint-disable-line a */`, `// biome-ignore lint/x/y: why`.
const directivePattern =
  /(?:\/\/|\/\*)\s*(?:(?:eslint|oxlint)-disable-(next-line|line)|biome-ignore)\b[ \t]*([^\n]*?)(?:\*\/|\n|$)/g;

/** The rules a directive names, without plugin prefixes or the reason after `--` or `:`. */
function ruleNames(list: string): string[] {
  return list
    .split(/\s+--\s|:/)[0]
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((rule) => rule.slice(rule.lastIndexOf('/') + 1));
}

/** The rules each line has turned off by a directive about that line alone, by 1-based line. */
function directedLines(
  text: string,
  positionOf: (position: number) => LineAndColumn,
): Map<number, string[]> {
  const lines = new Map<number, string[]>();
  for (const match of text.matchAll(directivePattern)) {
    const { line } = positionOf(match.index);
    const [, eslint, list] = match;
    // `disable-line` is about its own line; `disable-next-line` and `biome-ignore`, the one below.
    const target = eslint === 'line' ? line : line + 1;
    lines.set(target, [...(lines.get(target) ?? []), ...ruleNames(list)]);
  }
  return lines;
}

/**
 * Marks the occurrences on lines where the file turns off, for that line alone, a lint rule asking
 * for their convention's variant: its author meant the departure there. A directive naming no
 * rule, or turning one off for the whole file, does not say which departure was meant.
 */
export function markDirected(text: string, observations: Observation[]): void {
  // Two plain searches, not a pattern: most files have no directive, and this reads every file whole.
  if (!text.includes('-disable-') && !text.includes('biome-ignore')) return;
  const positionOf = positionsIn(text);
  const lines = directedLines(text, positionOf);
  if (lines.size === 0) return;
  for (const observation of observations) {
    const rules = rulesOf[observation.convention];
    if (!rules) continue;
    const off = lines.get(positionOf(observation.position).line) ?? [];
    if (off.some((rule) => rules.includes(rule))) observation.borrowed = true;
  }
}
