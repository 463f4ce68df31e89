import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { conventionText, readStyleProfile, type StyleProfile } from '@baton/style';
import type { FormatFile } from './edits';
import { InvalidEditsError } from '../errors';

/** The workspace's coding standards, as sent to a model, and what could not be read. */
export interface CodingStandards {
  /** One section per source: Prettier, ESLint, the style profile. Empty when none was found. */
  text: string;
  /** What was left out and why (shown by `--dry-run`, never sent). */
  notes: string[];
}

interface PrettierApi {
  resolveConfig(file: string, options?: { editorconfig?: boolean }): Promise<object | null>;
  getFileInfo(
    file: string,
    options?: { ignorePath?: string[]; resolveConfig?: boolean },
  ): Promise<{ ignored: boolean; inferredParser: string | null }>;
  format(source: string, options: object): Promise<string>;
}

interface EslintApi {
  ESLint: new (options: { cwd: string }) => {
    calculateConfigForFile(file: string): Promise<{ rules?: Record<string, unknown> } | undefined>;
  };
}

/**
 * A package as the workspace itself resolves it (its own Prettier and ESLint, at its versions),
 * or null when the workspace does not have it.
 */
function workspacePackage<T>(workspaceRoot: string, name: string): T | null {
  const require = createRequire(join(workspaceRoot, 'package.json'));
  try {
    return require(name) as T;
  } catch {
    return null;
  }
}

/**
 * The standards a model's code must meet in this workspace: the Prettier options in force for
 * `sampleFile` (an absolute path of the kind of file the phase writes), the ESLint rules in force
 * for it (names and levels, from the workspace's own ESLint), and the conventions of the style
 * profile (`.baton/style-profile.json`) when one exists.
 */
export async function codingStandards(
  workspaceRoot: string,
  sampleFile: string,
): Promise<CodingStandards> {
  const sections: string[] = [];
  const notes: string[] = [];

  const prettier = workspacePackage<PrettierApi>(workspaceRoot, 'prettier');
  if (prettier) {
    const options = await prettier.resolveConfig(sampleFile, { editorconfig: true });
    const given = Object.entries(options ?? {});
    sections.push(
      given.length
        ? `Prettier formats every file with these options (others at Prettier's defaults): ${JSON.stringify(Object.fromEntries(given))}`
        : 'Prettier formats every file with its default options.',
    );
  } else {
    notes.push('Prettier options left out: the workspace has no prettier package');
  }

  const rules = await eslintRules(workspaceRoot, sampleFile, notes);
  if (rules) sections.push(rules);

  const profile = readStyleProfile(workspaceRoot);
  if (profile) {
    const conventions = styleConventions(profile);
    if (conventions) sections.push(conventions);
  } else {
    notes.push(
      'style profile left out: the workspace has none yet (`baton style learn` writes it)',
    );
  }
  return { text: sections.join('\n\n'), notes };
}

async function eslintRules(
  workspaceRoot: string,
  sampleFile: string,
  notes: string[],
): Promise<string | null> {
  const eslint = workspacePackage<EslintApi>(workspaceRoot, 'eslint');
  if (!eslint?.ESLint) {
    notes.push('ESLint rules left out: the workspace has no eslint package');
    return null;
  }
  let config: { rules?: Record<string, unknown> } | undefined;
  try {
    config = await new eslint.ESLint({ cwd: workspaceRoot }).calculateConfigForFile(sampleFile);
  } catch (error) {
    notes.push(
      `ESLint rules left out: ESLint could not compute its config (${(error as Error).message.split('\n')[0]})`,
    );
    return null;
  }
  const inForce = Object.entries(config?.rules ?? {}).flatMap(([rule, setting]) => {
    const [level, ...options] = Array.isArray(setting) ? setting : [setting];
    const name =
      ({ 0: 'off', 1: 'warn', 2: 'error' } as Record<string, string>)[String(level)] ?? level;
    if (name === 'off') return [];
    const withOptions = options.length
      ? `, ${JSON.stringify(options.length === 1 ? options[0] : options)}`
      : '';
    return [`${rule} (${name}${withOptions})`];
  });
  if (inForce.length === 0) {
    notes.push('ESLint rules left out: no rule is in force for this project');
    return null;
  }
  return `ESLint rules in force (code must pass them): ${inForce.sort().join('; ')}`;
}

/** The conventions the profile enforces, as sentences a model can follow. */
function styleConventions(profile: StyleProfile): string | null {
  const lines = Object.entries(profile.conventions).flatMap(([id, stats]) => {
    if (stats.enforced === null) return [];
    const text = conventionText[id as keyof typeof conventionText];
    const share = Math.round((stats.shares[stats.enforced] ?? 0) * 100);
    return [`- ${share}% of ${text.what} here ${text.variant(stats.enforced)}`];
  });
  return lines.length
    ? `Conventions of this codebase's human-written code (follow them):\n${lines.join('\n')}`
    : null;
}

/**
 * Formats a written file with the workspace's own Prettier and options, as its hooks would;
 * files Prettier ignores or has no parser for are written as they are. A file that does not
 * parse is an {@link InvalidEditsError}. Without Prettier in the workspace, files go unformatted.
 */
export function workspaceFormatter(workspaceRoot: string): FormatFile {
  const prettier = workspacePackage<PrettierApi>(workspaceRoot, 'prettier');
  if (!prettier) return async (_path, content) => content;
  const ignorePath = ['.prettierignore', '.gitignore']
    .map((name) => join(workspaceRoot, name))
    .filter((file) => existsSync(file));
  return async (path, content) => {
    const file = join(workspaceRoot, path);
    const info = await prettier.getFileInfo(file, { ignorePath, resolveConfig: true });
    if (info.ignored || !info.inferredParser) return content;
    const options = (await prettier.resolveConfig(file, { editorconfig: true })) ?? {};
    try {
      return await prettier.format(content, { ...options, filepath: file });
    } catch (error) {
      throw new InvalidEditsError([
        `${path} does not parse (${(error as Error).message.split('\n')[0]})`,
      ]);
    }
  };
}
