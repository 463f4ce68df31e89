import { toCaseStyle, type CaseStyle } from './naming';

/** Every convention Baton learns, by id. The ids are the keys of `.baton/style-profile.json`. */
export const conventionIds = [
  'naming.functions',
  'naming.variables',
  'naming.constants',
  'naming.classes',
  'naming.types',
  'naming.files',
  'exports.kind',
  'functions.form',
  'async.form',
  'types.objectShape',
  'imports.nodeProtocol',
  'imports.internal',
  'imports.typeOnly',
  'modules.system',
  'errors.thrown',
  'errors.class',
  'comments.banners',
] as const;

export type ConventionId = (typeof conventionIds)[number];

const caseStyles = ['camelCase', 'PascalCase', 'UPPER_CASE', 'snake_case', 'kebab-case', 'other'];
// No identifier can hold a hyphen: a test toward kebab-case would spend false-alarm rate on nothing.
const identifierCases = caseStyles.filter((style) => style !== 'kebab-case');

/** The variants each convention is written in: a file departs toward each of them separately. */
export const conventionVariants: Record<ConventionId, readonly string[]> = {
  'naming.functions': identifierCases,
  'naming.variables': identifierCases,
  'naming.constants': identifierCases,
  'naming.classes': identifierCases,
  'naming.types': identifierCases,
  'naming.files': caseStyles,
  'exports.kind': ['named', 'default'],
  'functions.form': ['declaration', 'arrow'],
  'async.form': ['await', 'then'],
  'types.objectShape': ['interface', 'type'],
  'imports.nodeProtocol': ['prefixed', 'bare'],
  'imports.internal': ['relative', 'alias'],
  'imports.typeOnly': ['marked', 'unmarked'],
  'modules.system': ['esm', 'commonjs'],
  'errors.thrown': ['error', 'literal'],
  'errors.class': ['builtin', 'subclass'],
  'comments.banners': ['none', 'banner'],
};

/**
 * Variants that never depart, whatever the codebase mostly writes: `import type` is what
 * `isolatedModules` and `verbatimModuleSyntax` ask for, so no reviewer asks to take it out.
 */
export const harmlessVariants: Partial<Record<ConventionId, readonly string[]>> = {
  'imports.typeOnly': ['marked'],
};

/** One place in a file where a convention shows, and which of its variants that place is consistent with. */
export interface Observation {
  convention: ConventionId;
  /** One variant, or several when the code fits more than one (the name `user` is camelCase and snake_case). */
  variants: string[];
  /**
   * Where it starts in the file's text, in UTF-16 code units. Its line and column are worked out
   * only for the few observations that become findings (see `positionsIn`).
   */
  position: number;
  /** What the messages quote: a name, a module specifier, a comment's first words. */
  subject: string;
  /**
   * Whether the place took its variant from another name (a file named after what it exports), or
   * its author turned off the lint rule against it on its line: it counts toward its variant, but a
   * departure there is no slip.
   */
  borrowed?: boolean;
  /**
   * Whether the place counts toward how often the codebase departs, but no file is judged by it: a
   * constant named in UPPER_CASE among variables tells how readily the codebase writes UPPER_CASE
   * variables, yet is no slip in the file that writes it.
   */
  learnedOnly?: boolean;
}

interface ConventionText {
  /** What is counted, in the plural: "function names". */
  what: string;
  /** How one occurrence is described in a finding, given the variant it was written in. */
  found: (subject: string, variant: string) => string;
  /** The fix in words, given the variant the codebase expects. */
  fix: (subject: string, expected: string, examples: readonly string[]) => string;
  /** How the codebase's variant reads in "N% of <what> here <variant phrase>". */
  variant: (variant: string) => string;
}

/** How a name's case reads: `other` is no case, but a mix of several (`Load_User`). */
const caseOf = (variant: string) => (variant === 'other' ? 'in no one case' : variant);

const naming = (what: string, kind: string): ConventionText => ({
  what,
  found: (subject, variant) => `${kind} \`${subject}\` is ${caseOf(variant)}`,
  fix: (subject, expected) =>
    `rename it to \`${toCaseStyle(subject, expected as CaseStyle)}\` (and update its uses)`,
  variant: (variant) => `are ${variant}`,
});

/** User-facing text of every convention, in one place. */
export const conventionText: Record<ConventionId, ConventionText> = {
  'naming.functions': naming('function names', 'function'),
  'naming.variables': naming('variable names', 'variable'),
  'naming.constants': naming('names of top-level primitive constants', 'constant'),
  'naming.classes': naming('class names', 'class'),
  'naming.types': naming('type and interface names', 'type'),
  'naming.files': {
    what: 'file names',
    found: (subject, variant) => `file name \`${subject}\` is ${caseOf(variant)}`,
    fix: (subject, expected) =>
      `rename the file to \`${toCaseStyle(subject, expected as CaseStyle)}\` (and update its imports)`,
    variant: (variant) => `are ${variant}`,
  },
  'exports.kind': {
    what: 'modules',
    found: (_subject, variant) =>
      variant === 'default' ? 'the module has a default export' : 'the module exports by name only',
    fix: (_subject, expected) =>
      expected === 'named'
        ? 'export it by name (`export function name` / `export class Name`) and import it with braces'
        : 'export the module’s main value as `export default`',
    variant: (variant) => (variant === 'named' ? 'export by name only' : 'have a default export'),
  },
  'functions.form': {
    what: 'top-level functions',
    found: (subject, variant) =>
      variant === 'arrow'
        ? `\`${subject}\` is an arrow function assigned to a constant`
        : `\`${subject}\` is a \`function\` declaration`,
    fix: (subject, expected) =>
      expected === 'declaration'
        ? `write it as \`function ${subject}(...) { ... }\``
        : `write it as \`const ${subject} = (...) => { ... }\``,
    variant: (variant) =>
      variant === 'declaration'
        ? 'are `function` declarations'
        : 'are arrow functions in constants',
  },
  'async.form': {
    what: 'asynchronous steps',
    found: (_subject, variant) =>
      variant === 'then' ? 'a `.then()` chain' : 'an `await` expression',
    fix: (_subject, expected) =>
      expected === 'await'
        ? 'make the function `async` and `await` the promise instead of chaining `.then()`'
        : 'chain `.then()` on the promise as the rest of the code does',
    variant: (variant) => (variant === 'await' ? 'use `await`' : 'use `.then()` chains'),
  },
  'types.objectShape': {
    what: 'object shape declarations',
    found: (subject, variant) =>
      variant === 'type'
        ? `object shape \`${subject}\` is a \`type\` alias`
        : `object shape \`${subject}\` is an \`interface\``,
    fix: (subject, expected) =>
      expected === 'interface'
        ? `declare it as \`interface ${subject} { ... }\``
        : `declare it as \`type ${subject} = { ... }\``,
    variant: (variant) => (variant === 'interface' ? 'are interfaces' : 'are `type` aliases'),
  },
  'imports.nodeProtocol': {
    what: 'imports of Node built-in modules',
    found: (subject, variant) =>
      variant === 'bare'
        ? `\`${subject}\` is imported without the \`node:\` prefix`
        : `\`${subject}\` is imported with the \`node:\` prefix`,
    fix: (subject, expected) =>
      expected === 'prefixed'
        ? `import it from \`node:${subject}\``
        : `import it from \`${subject.replace(/^node:/, '')}\``,
    variant: (variant) =>
      variant === 'prefixed' ? 'use the `node:` prefix' : 'omit the `node:` prefix',
  },
  'imports.internal': {
    what: 'imports from other folders of the workspace',
    found: (subject, variant) =>
      variant === 'relative'
        ? `\`${subject}\` is imported by a relative path`
        : `\`${subject}\` is imported through a path alias`,
    fix: (_subject, expected) =>
      expected === 'alias'
        ? 'import it through the path alias configured in tsconfig (`compilerOptions.paths`)'
        : 'import it by its relative path',
    variant: (variant) => (variant === 'relative' ? 'use relative paths' : 'use path aliases'),
  },
  'imports.typeOnly': {
    what: 'imports used only as types',
    found: (subject, variant) =>
      variant === 'unmarked'
        ? `\`${subject}\` is used only as a type but imported as a value`
        : `\`${subject}\` is imported with \`import type\``,
    fix: (subject, expected) =>
      expected === 'marked'
        ? `import it with \`import type { ${subject} }\` (or \`import { type ${subject} }\`)`
        : 'import it without the `type` modifier',
    variant: (variant) => (variant === 'marked' ? 'use `import type`' : 'use plain imports'),
  },
  'modules.system': {
    what: 'module imports',
    found: (subject, variant) =>
      variant === 'commonjs'
        ? `\`${subject}\` is loaded with \`require()\``
        : `\`${subject}\` is an ES import`,
    fix: (subject, expected) =>
      expected === 'esm'
        ? `use \`import ... from '${subject}'\` instead of \`require()\``
        : `use \`require('${subject}')\``,
    variant: (variant) => (variant === 'esm' ? 'are ES `import`s' : 'use `require()`'),
  },
  'errors.thrown': {
    what: 'throw statements',
    found: (subject, variant) =>
      variant === 'literal'
        ? `\`throw ${subject}\` throws a value that is not an Error`
        : `\`throw ${subject}\` throws an Error`,
    fix: (_subject, expected, examples) =>
      expected === 'error'
        ? `throw an Error instead${examples.length ? ` (this codebase throws ${examples.map((name) => `\`${name}\``).join(', ')})` : ''}, so callers get a message and a stack`
        : 'throw a plain value as the rest of the code does',
    variant: (variant) => (variant === 'error' ? 'throw Error objects' : 'throw plain values'),
  },
  'errors.class': {
    what: 'thrown errors',
    found: (subject, variant) =>
      variant === 'builtin'
        ? `throws a built-in \`${subject}\``
        : `throws \`${subject}\`, a custom Error subclass`,
    fix: (_subject, expected, examples) =>
      expected === 'subclass'
        ? `throw one of the codebase's typed errors${examples.length ? ` (${examples.map((name) => `\`${name}\``).join(', ')})` : ''}, with the fix in its message`
        : 'throw a built-in `Error` as the rest of the code does',
    variant: (variant) =>
      variant === 'subclass' ? 'are custom Error subclasses' : 'are built-in Errors',
  },
  'comments.banners': {
    what: 'files',
    found: (subject) => `comment "${subject}" reads like a model's banner`,
    fix: () => 'delete it: comments say why the code is so, in one line, and never who wrote it',
    variant: (variant) => (variant === 'none' ? 'carry no model banner' : 'carry model banners'),
  },
};
