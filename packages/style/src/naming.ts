/** The ways an identifier or file name can be written. */
export type CaseStyle =
  'camelCase' | 'PascalCase' | 'UPPER_CASE' | 'snake_case' | 'kebab-case' | 'other';

const patterns: Array<[RegExp, CaseStyle[]]> = [
  // One lowercase word fits every lowercase style; it tells nothing about which one is used.
  [/^[a-z][a-z0-9]*$/, ['camelCase', 'snake_case', 'kebab-case']],
  [/^[A-Z][A-Z0-9]*$/, ['UPPER_CASE', 'PascalCase']],
  [/^[a-z][a-z0-9]*(?:[A-Z][a-zA-Z0-9]*)+$/, ['camelCase']],
  // A name led by an acronym (`JSONRequested`, `URLFromString`) is camelCase that keeps the
  // acronym's capitals as much as it is PascalCase: it does not tell which the author wrote.
  [/^[A-Z]{2,}[A-Z][a-z][a-zA-Z0-9]*$/, ['camelCase', 'PascalCase']],
  [/^[A-Z][A-Z0-9]*[a-z][a-zA-Z0-9]*$/, ['PascalCase']],
  [/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/, ['UPPER_CASE']],
  [/^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/, ['snake_case']],
  [/^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/, ['kebab-case']],
];

const isAffix = (char: string | undefined) => char === '_' || char === '$';

const allStyles: CaseStyle[] = [
  'camelCase',
  'PascalCase',
  'UPPER_CASE',
  'snake_case',
  'kebab-case',
];

/**
 * Every case style `name` is consistent with (leading `_` and `$` ignored): `user` fits camelCase and
 * snake_case alike, `fetchUser` only camelCase, `JSONRequested` camelCase and PascalCase,
 * `toOpenApi3_1` camelCase too, `my_Var` none (`other`), and one letter every case.
 */
export function caseStylesOf(name: string): CaseStyle[] {
  // An underscore between digits separates a number's parts (`toOpenApi3_1`, `draft2020_12`), not
  // words. Each replace runs only where it has something to do: this runs on every name of every file.
  let bare = isAffix(name[0]) || isAffix(name.at(-1)) ? name.replace(/^[_$]+|[_$]+$/g, '') : name;
  if (bare.includes('_')) bare = bare.replace(/(?<=\d)_(?=\d)/g, '');
  if (!bare) return [];
  // One letter (`i`, `N`, `S`) is a loop counter's or a formula's, written as the notation does: no case is chosen.
  if (bare.length === 1) return [...allStyles];
  for (const [pattern, styles] of patterns) if (pattern.test(bare)) return styles;
  return ['other'];
}

function words(name: string): string[] {
  return name
    .replace(/^[_$]+/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_\-.]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** `name` rewritten in `style`, for the fix a finding suggests. */
export function toCaseStyle(name: string, style: CaseStyle): string {
  const parts = words(name);
  switch (style) {
    case 'camelCase':
      return parts.map((word, i) => (i ? capitalize(word) : word)).join('');
    case 'PascalCase':
      return parts.map(capitalize).join('');
    case 'UPPER_CASE':
      return parts.join('_').toUpperCase();
    case 'snake_case':
      return parts.join('_');
    case 'kebab-case':
      return parts.join('-');
    case 'other':
      return name;
  }
}
