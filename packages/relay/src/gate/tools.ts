import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isSourceFile } from '@baton/style';
import { installedTool, runTool } from '../workspace';

/** One problem a check found; `file` is workspace-relative. */
export interface CheckProblem {
  file?: string;
  line?: number;
  column?: number;
  /** The lint rule or style convention. */
  rule?: string;
  message: string;
}

/** `noted`: shown for a person to weigh, never failing the gate (a review's findings). */
export type CheckStatus = 'passed' | 'failed' | 'skipped' | 'noted';

export interface CheckOutcome {
  name: 'formatting' | 'lint' | 'style' | 'scope' | 'review';
  status: CheckStatus;
  /** One line: what was checked and what came out. */
  summary: string;
  problems: CheckProblem[];
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

// Nx formats with oxfmt when one of these exists: then it is the workspace's formatter, not Prettier.
const oxfmtConfigFiles = ['.oxfmtrc.json', '.oxfmtrc.jsonc', 'oxfmt.config.ts', 'oxfmt.config.mts'];

/** The workspace's formatter (oxfmt when configured, else Prettier), in `--list-different` mode over the files. */
export async function checkFormatting(
  workspaceRoot: string,
  files: readonly string[],
): Promise<CheckOutcome> {
  const name = oxfmtConfigFiles.some((file) => existsSync(join(workspaceRoot, file)))
    ? 'oxfmt'
    : 'prettier';
  const formatter = installedTool(workspaceRoot, name);
  if (!formatter) {
    return {
      name: 'formatting',
      status: 'skipped',
      summary: `${name} is not installed in this workspace (\`nx g @baton/nx:init\` adds Prettier)`,
      problems: [],
    };
  }
  if (files.length === 0) {
    return { name: 'formatting', status: 'passed', summary: 'no files to format', problems: [] };
  }
  // Files the formatter has no parser for are not its business, not an error.
  const args =
    name === 'prettier'
      ? ['--list-different', '--ignore-unknown', '--no-error-on-unmatched-pattern', ...files]
      : ['--list-different', '--no-error-on-unmatched-pattern', '--', ...files];
  const result = await runTool(workspaceRoot, formatter, args);
  const problems: CheckProblem[] = result.stdout
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((file) => ({ file, message: `not formatted: run \`${name} --write ${file}\`` }));
  for (const line of result.stderr.split('\n')) {
    const match = /^\[error\]\s+([^:]+):\s*(.*)$/.exec(line.trim());
    if (match) problems.push({ file: match[1], message: match[2]! });
  }
  if (result.code !== 0 && problems.length === 0) {
    problems.push({ message: result.stderr.trim() || `${name} exited with code ${result.code}` });
  }
  return {
    name: 'formatting',
    status: problems.length ? 'failed' : 'passed',
    summary: problems.length
      ? `${name} ${formatter.version}: ${plural(problems.length, 'file')} not formatted`
      : `${name} ${formatter.version}: ${plural(files.length, 'file')} formatted`,
    problems,
  };
}

interface EslintResult {
  filePath: string;
  messages: Array<{
    ruleId: string | null;
    severity: number;
    message: string;
    line?: number;
    column?: number;
  }>;
}

/** ESLint over the source files, with the workspace's eslint and its config; errors fail, warnings do not. */
export async function checkLint(
  workspaceRoot: string,
  files: readonly string[],
): Promise<CheckOutcome> {
  const eslint = installedTool(workspaceRoot, 'eslint');
  const sources = files.filter(isSourceFile);
  if (!eslint) {
    return {
      name: 'lint',
      status: 'skipped',
      summary: 'eslint is not installed in this workspace (`nx g @baton/nx:init` adds it)',
      problems: [],
    };
  }
  if (sources.length === 0) {
    return { name: 'lint', status: 'passed', summary: 'no source files to lint', problems: [] };
  }
  const major = Number(eslint.version.split('.')[0]);
  // ESLint 9 warns about explicitly passed files its config ignores; those are the config's choice.
  const args = ['--format', 'json', ...(major >= 9 ? ['--no-warn-ignored'] : []), ...sources];
  const result = await runTool(workspaceRoot, eslint, args);
  if (result.code === 2 || !result.stdout.trim().startsWith('[')) {
    const reason = result.stderr.trim().split('\n')[0] || result.stdout.trim().split('\n')[0] || '';
    if (/couldn't find (?:an eslint\.config|a configuration file)/i.test(result.stderr)) {
      return {
        name: 'lint',
        status: 'skipped',
        summary: 'the workspace has no ESLint config (`nx g @baton/nx:init` writes one)',
        problems: [],
      };
    }
    return {
      name: 'lint',
      status: 'failed',
      summary: `eslint ${eslint.version} could not run`,
      problems: [{ message: reason || `eslint exited with code ${result.code}` }],
    };
  }
  const problems: CheckProblem[] = [];
  let warnings = 0;
  for (const file of JSON.parse(result.stdout) as EslintResult[]) {
    for (const message of file.messages) {
      if (message.severity < 2) {
        warnings++;
        continue;
      }
      problems.push({
        file: relative(workspaceRoot, file.filePath),
        line: message.line,
        column: message.column,
        rule: message.ruleId ?? undefined,
        message: message.message,
      });
    }
  }
  const failedFiles = new Set(problems.map((problem) => problem.file)).size;
  return {
    name: 'lint',
    status: problems.length ? 'failed' : 'passed',
    summary:
      (problems.length
        ? `eslint ${eslint.version}: ${plural(problems.length, 'error')} in ${plural(failedFiles, 'file')}`
        : `eslint ${eslint.version}: ${plural(sources.length, 'file')} without errors`) +
      (warnings ? ` (${plural(warnings, 'warning')} not counted)` : ''),
    problems,
  };
}
