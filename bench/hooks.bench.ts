// Pre-commit cost of Baton's hooks: `git commit` of 20 staged files in two copies of the same
// workspace, one with the hooks `nx g @baton/nx:init` writes (lint-staged with prettier, eslint and
// the style gate; commit-msg), one with plain lint-staged (prettier + eslint), timed alternately.
import { spawnSync } from 'node:child_process';
import js from '@eslint/js';
import { workspaceCodebase, workspaceCodebaseFiles } from '@baton/corpus';
import { checkStyle, learnStyleProfile } from '@baton/style';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import tseslint from 'typescript-eslint';
import { trailerArgs } from '@baton/relay';
import { geminiPhase } from '@baton/testing';
import { createWorkspace, type Workspace } from '@baton/testing/workspace';
import { prepareWorkspaceTemplate } from '../tools/workspace/template';
import { aimed, aimRounds, sideBySide, type BenchRow } from './bench';

/** The workspace's human-written code: a real SDK's sources, from node_modules. */
const humanCode = () => workspaceCodebaseFiles('src/sdk');
const stagedFiles = 20;
const phaseBranch = 'feature/analytics-gemini-data-processing';
const trailers = trailerArgs(geminiPhase);

/** A workspace after `nx g @baton/nx:init`, with a real SDK as its human-written code and a learned profile. */
function prepare(): Workspace {
  const ws = createWorkspace(prepareWorkspaceTemplate());
  ws.write('.prettierrc', `${JSON.stringify(workspaceCodebase.prettier)}\n`);
  const init = ws.nx(['g', '@baton/nx:init']);
  if (init.code !== 0) throw new Error(`nx g @baton/nx:init failed:\n${init.output}`);
  ws.commitAll('Set up Baton');
  ws.addLibrary('analytics', humanCode());
  const learn = ws.baton(['style', 'learn']);
  if (learn.code !== 0) throw new Error(`baton style learn failed:\n${learn.output}`);
  ws.commitAll('Learn the workspace style');
  return ws;
}

/**
 * Real files of the workspace's own code that hold to every convention it enforces (a codebase holds
 * to its conventions at 90%, not everywhere), are formatted and pass the recommended lint rules `nx g
 * @baton/nx:init` configures, staged under new names each round: every round's commit then passes.
 */
async function changeSet(ws: Workspace): Promise<Array<{ name: string; text: string }>> {
  const profile = learnStyleProfile({ workspaceRoot: ws.root });
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [js.configs.recommended, ...tseslint.configs.recommended],
  });
  const chosen: Array<{ name: string; text: string }> = [];
  for (const [path, text] of Object.entries(humanCode()).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const name = path.split('/').at(-1)!;
    if (name === 'index.ts' || chosen.some((file) => file.name === name)) continue;
    if (checkStyle(profile, [{ path: `packages/analytics/${path}`, text }]).length > 0) continue;
    if (!(await prettier.check(text, { ...workspaceCodebase.prettier, filepath: path }))) continue;
    const [lint] = await eslint.lintText(text, { filePath: path });
    if (lint!.errorCount > 0) continue;
    chosen.push({ name, text });
    if (chosen.length === stagedFiles) break;
  }
  return chosen;
}

function committer(ws: Workspace, model: boolean, files: Array<{ name: string; text: string }>) {
  let round = 0;
  return () => {
    round++;
    for (const file of files) {
      ws.write(
        `packages/analytics/src/round-${round}/${file.name}`,
        `${file.text}\nexport const round${round} = ${round};\n`,
      );
    }
    ws.git('add', 'packages/analytics/src');
    const result = spawnSync(
      'git',
      ['commit', '-q', '-m', `Round ${round}`, ...(model ? trailers : [])],
      {
        cwd: ws.root,
        encoding: 'utf8',
        env: { ...process.env, ...(model ? { BATON_PHASE: 'data-processing' } : {}) },
      },
    );
    if (result.status !== 0)
      throw new Error(`git commit failed:\n${result.stdout}${result.stderr}`);
  };
}

export async function run(): Promise<BenchRow[]> {
  const prepared = prepare();
  const baton = createWorkspace(prepared.root);
  const plain = createWorkspace(prepared.root);
  try {
    // The plain copy: lint-staged with prettier and eslint only, no commit-msg hook.
    const config = JSON.parse(plain.read('.lintstagedrc.json')) as Record<string, unknown>;
    for (const key of Object.keys(config)) {
      if (String(config[key]).includes('baton')) delete config[key];
    }
    plain.write('.lintstagedrc.json', `${JSON.stringify(config, null, 2)}\n`);
    plain.write('.husky/commit-msg', '');
    plain.commitAll('Plain lint-staged');

    const files = await changeSet(prepared);
    const rows: BenchRow[] = [];
    for (const model of [true, false]) {
      for (const ws of [baton, plain])
        ws.git('checkout', '-q', ...(model ? ['-B', phaseBranch] : ['main']));
      const measured = await sideBySide(
        aimRounds,
        committer(baton, model, files),
        committer(plain, model, files),
      );
      rows.push({
        benchmark: `git commit of ${stagedFiles} staged .ts files, ${model ? 'model-written (phase branch)' : 'human (main)'}`,
        subject: `Baton hooks (lint-staged + style gate${model ? '' : ', skipped'} + commit-msg)`,
        baseline: 'plain lint-staged (prettier + eslint)',
        ...aimed(model ? 1.1 : 1.03, measured),
        notes: `${Math.round(measured.subjectMs)} ms vs ${Math.round(measured.baselineMs)} ms, median of ${aimRounds}`,
      });
    }
    return rows;
  } finally {
    baton.dispose();
    plain.dispose();
    prepared.dispose();
  }
}
