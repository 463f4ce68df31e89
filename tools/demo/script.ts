import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { EmulatorScript } from '@baton/provider-emulator';
// jsdiff reads and applies the unified diffs each `changes` phase's reply is kept as.
import { applyPatch, parsePatch } from 'diff';
import { ScriptedReplyError } from './errors';

/** Where the feature's project lives in the demo workspace. */
export const projectRoot = 'packages/analytics';

const replies = join(import.meta.dirname, 'replies');
const sample = join(import.meta.dirname, 'sample');

/** The `changes` phases in relay order: each one's patch applies to the sample after the ones before it. */
const changesPhases = ['data-processing', 'tests'];

/** The commit message each scripted `changes` phase proposes. */
const commitMessages: Record<string, string> = {
  'data-processing':
    'Aggregate user activity in PostgreSQL for the dashboard\n\n' +
    'aggregateUserMetrics and generateTrendData run one indexed GROUP BY per request,\n' +
    'so only aggregated rows leave the database; the routes serve metrics, trends and CSV.',
  tests:
    'Validate date ranges by role and test the analytics service\n\n' +
    'Adds validateDateRange (the security review findings 1-3) and node:test suites for\n' +
    'the aggregation, the trend, the CSV export, the validation and the routes.',
};

/** The files under `folder`, dotfiles aside, as sorted `/`-separated relative paths. */
export function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * The handoff block every phase ends its reply with (`modelHandoffInstruction` of @baton/relay):
 * what the model that did the work tells the next phase. The relay writes it as the next handoff.
 */
export function handoffBlock(phase: string): string {
  const draft = JSON.parse(
    readFileSync(join(replies, 'handoffs', `${phase}.json`), 'utf8'),
  ) as unknown;
  return `=== baton:handoff\n${JSON.stringify(draft)}\n=== baton:end\n`;
}

/**
 * The files a `changes` phase writes, whole, by path under the project: its patch
 * (`replies/<phase>.patch`, a `git diff` of what the model changed) applied to the sample as the
 * phases before it left it.
 */
function phaseEdits(phase: string): Map<string, string> {
  const project = new Map(
    filesUnder(sample).map((file) => [file, readFileSync(join(sample, file), 'utf8')]),
  );
  let edits = new Map<string, string>();
  for (const applied of changesPhases.slice(0, changesPhases.indexOf(phase) + 1)) {
    const patch = join(replies, `${applied}.patch`);
    edits = new Map();
    for (const filePatch of parsePatch(readFileSync(patch, 'utf8'))) {
      const file = filePatch.newFileName!;
      const before = filePatch.oldFileName === '/dev/null' ? '' : project.get(file);
      const after = before === undefined ? false : applyPatch(before, filePatch);
      if (after === false) {
        throw new ScriptedReplyError(relative(process.cwd(), patch), file);
      }
      edits.set(file, after);
      project.set(file, after);
    }
  }
  return edits;
}

/**
 * A `changes` phase's scripted reply, in the edit format the phase asks every model for
 * (`editFormatInstruction` of @baton/relay): the commit message, then each file it changes whole.
 */
export function changesReply(phase: string): string {
  const blocks = [`=== baton:message\n${commitMessages[phase]}\n=== baton:end`];
  const edits = phaseEdits(phase);
  for (const file of [...edits.keys()].sort()) {
    const content = edits.get(file)!;
    blocks.push(
      `=== baton:write ${projectRoot}/${file}\n${content.replace(/\n$/, '')}\n=== baton:end`,
    );
  }
  return `${blocks.join('\n')}\n${handoffBlock(phase)}`;
}

/** A `report` phase's scripted reply: the Markdown report the model "writes". */
export function reportReply(phase: string): string {
  return `${readFileSync(join(replies, `${phase}.md`), 'utf8').trimEnd()}\n\n${handoffBlock(phase)}`;
}

/** What the emulator answers each phase of the demo, matched on the x-baton-phase header. */
export function demoScript(): EmulatorScript {
  return {
    replies: [
      { phase: 'architecture', text: reportReply('architecture') },
      { phase: 'data-processing', text: changesReply('data-processing') },
      // Two reviewers of different vendors: Claude (the map's `model`) and GPT (its `models`).
      { phase: 'security-review', provider: 'anthropic', text: reportReply('security-review') },
      { phase: 'security-review', provider: 'openai', text: reportReply('security-review-gpt') },
      { phase: 'tests', text: changesReply('tests') },
    ],
  };
}
