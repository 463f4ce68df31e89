import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { EmulatorScript } from '@baton/provider-emulator';

/** Where the feature's project lives in the demo workspace. */
export const projectRoot = 'packages/analytics';

const replies = join(import.meta.dirname, 'replies');

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
 * A `changes` phase's scripted reply, in the edit format the phase asks every model for
 * (`editFormatInstruction` of @baton/relay): the commit message, then each file whole.
 */
export function changesReply(phase: string): string {
  const folder = join(replies, phase);
  const blocks = [`=== baton:message\n${commitMessages[phase]}\n=== baton:end`];
  for (const file of filesUnder(folder)) {
    const content = readFileSync(join(folder, file), 'utf8');
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
