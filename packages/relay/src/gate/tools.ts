import { relative } from 'node:path';
import { isSourceFile } from '@baton/style';
import {
  installedTool,
  runTool,
  toolPackages,
  workspaceToolsAt,
  type Formatter,
  type InstalledTool,
  type Linter,
} from '../workspace';

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

/**
 * The workspace's formatter or linter, installed, or the outcome that says why the check has
 * nothing to run: no tool, a tool not installed, or no files for it.
 */
function resolveTool(
  workspaceRoot: string,
  check: 'formatting' | 'lint',
  files: readonly string[],
): { name: Formatter | Linter; installed: InstalledTool } | CheckOutcome {
  const tools = workspaceToolsAt(workspaceRoot);
  const tool = check === 'formatting' ? tools.formatter : tools.linter;
  if (tool === null) {
    return {
      name: check,
      status: 'skipped',
      summary:
        check === 'formatting'
          ? 'the workspace has no formatter (no Prettier, oxfmt or Biome config): formatting not checked'
          : 'the workspace has no linter (no ESLint or Biome config): lint not checked',
      problems: [],
    };
  }
  const installed = installedTool(workspaceRoot, toolPackages[tool].name, toolPackages[tool].bin);
  if (!installed) {
    return {
      name: check,
      status: 'skipped',
      summary: `the workspace configures ${tool} but has not installed it (run \`npm install -D ${toolPackages[tool].name}\`)`,
      problems: [],
    };
  }
  if (files.length === 0) {
    const summary = check === 'formatting' ? 'no files to format' : 'no source files to lint';
    return { name: check, status: 'passed', summary, problems: [] };
  }
  return { name: tool, installed };
}

// Biome's GitHub reporter: one `::error title=<rule>,file=<path>,line=<n>,col=<n>::<message>` per problem.
const biomeProblem = /^::(error|warning)\s+([^:]*)::(.*)$/;

/**
 * Biome (`format` or `lint`) over the files as one check, its problems read from its GitHub
 * reporter; biome's own message when it failed without any. `summary` words the problem count.
 */
async function biomeCheck(
  workspaceRoot: string,
  biome: InstalledTool,
  check: 'formatting' | 'lint',
  files: readonly string[],
  summary: (problems: number) => string,
): Promise<CheckOutcome> {
  const args = [
    check === 'formatting' ? 'format' : 'lint',
    '--reporter=github',
    '--no-errors-on-unmatched',
    '--files-ignore-unknown=true',
    ...files,
  ];
  const result = await runTool(workspaceRoot, biome, args);
  const problems: CheckProblem[] = [];
  for (const line of `${result.stdout}\n${result.stderr}`.split('\n')) {
    const match = biomeProblem.exec(line.trim());
    if (!match || match[1] !== 'error') continue;
    const fields = Object.fromEntries(
      match[2]!.split(',').map((field) => field.split('=') as [string, string]),
    );
    problems.push({
      file: fields['file'],
      line: fields['line'] ? Number(fields['line']) : undefined,
      column: fields['col'] ? Number(fields['col']) : undefined,
      rule: fields['title'],
      message: match[3]!,
    });
  }
  if (result.code !== 0 && problems.length === 0)
    problems.push({ message: result.stderr.trim() || `biome exited with code ${result.code}` });
  return {
    name: check,
    status: problems.length ? 'failed' : 'passed',
    summary: `biome ${biome.version}: ${summary(problems.length)}`,
    problems,
  };
}

/** The workspace's formatter (Prettier, oxfmt or Biome, whichever it uses) in check mode over the files. */
export async function checkFormatting(
  workspaceRoot: string,
  files: readonly string[],
): Promise<CheckOutcome> {
  const tool = resolveTool(workspaceRoot, 'formatting', files);
  if ('status' in tool) return tool;
  const { name, installed: formatter } = tool;
  if (name === 'biome') {
    return biomeCheck(workspaceRoot, formatter, 'formatting', files, (problems) =>
      problems
        ? `${plural(problems, 'file')} not formatted`
        : `${plural(files.length, 'file')} formatted`,
    );
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
  const sources = files.filter(isSourceFile);
  const tool = resolveTool(workspaceRoot, 'lint', sources);
  if ('status' in tool) return tool;
  const { name, installed: eslint } = tool;
  if (name === 'biome') {
    return biomeCheck(workspaceRoot, eslint, 'lint', sources, (problems) =>
      problems ? plural(problems, 'error') : `${plural(sources.length, 'file')} without errors`,
    );
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
        summary: 'the workspace has no ESLint config that covers these files: lint not checked',
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
