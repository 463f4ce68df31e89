import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { EmulatorScript } from '@baton/provider-emulator';
import { GitFolder, sampleMap } from '@baton/testing';
import { renderFeature, renderHandoff, type HandoffFile } from '../../feature';
import { parseCollaborationMap, type CollaborationMap } from '../../map';
import { runPhase, type PhaseRunOptions } from '../run';

/** The map the phase-run tests use. */
export const testMap = sampleMap;

export const featureVision =
  'Real-time user activity metrics, historical trends and CSV export for the admin dashboard.';

/** The emulator's script for a security review: claude (Anthropic) and gpt (OpenAI) answer with these. */
export const reviewReplies = (claude: string, gpt: string): EmulatorScript => ({
  replies: [
    { phase: 'security-review', provider: 'anthropic', text: claude },
    { phase: 'security-review', provider: 'openai', text: gpt },
  ],
});

/** The test map with gpt served, at the emulator, by a local OpenAI-compatible model Baton knows nothing of. */
export function localGptMap(emulator: { env: Record<string, string> }, model: object = {}): object {
  return {
    ...testMap,
    models: {
      ...testMap.models,
      gpt: {
        provider: 'openai-compatible',
        model: 'llama',
        baseUrl: emulator.env['OPENAI_BASE_URL'],
        apiKeyEnv: 'OPENAI_API_KEY',
        ...model,
      },
    },
  };
}

/** The map in an nx.json text these fixtures wrote (plain JSON, one Baton entry). */
export function mapOfNxJson(text: string): CollaborationMap {
  const { plugins } = JSON.parse(text) as { plugins: Array<{ plugin: string; options?: unknown }> };
  return parseCollaborationMap(plugins.find((entry) => entry.plugin === '@baton/nx')?.options);
}

/**
 * A git repository shaped like an Nx workspace with Baton: nx.json holding the map, a feature
 * project `packages/analytics` with FEATURE.md, and the workspace's own Prettier (linked, as npm
 * installs it). Everything committed on `main` by a human.
 */
export class PhaseWorkspace extends GitFolder {
  readonly projectRoot = 'packages/analytics';

  constructor(map: object = testMap) {
    const root = join(mkdtempSync(join(tmpdir(), 'baton-phase-')), 'ws');
    super(root, dirname(root));
    mkdirSync(this.root);
    this.git('init', '-q', '-b', 'main');
    this.git('config', 'user.name', 'Test Human');
    this.git('config', 'user.email', 'human@test.invalid');
    this.git('config', 'commit.gpgsign', 'false');
    this.write('.gitignore', 'node_modules\n.env\n');
    this.write('package.json', '{ "name": "ws", "private": true }\n');
    this.write('.prettierrc', '{ "singleQuote": true }\n');
    this.writeMap(map);
    this.linkInstalled('prettier');
    this.write(`${this.projectRoot}/package.json`, '{ "name": "@ws/analytics", "private": true }\n');
    this.write(`${this.projectRoot}/src/index.ts`, "export const analytics = true;\n");
    this.write(
      `${this.projectRoot}/handoffs/FEATURE.md`,
      renderFeature({ title: 'User analytics dashboard', vision: featureVision }),
    );
    this.commitAll('Start the analytics feature');
  }

  /** Where a phase run finds this workspace's feature project and map. */
  phaseRun(phase: string) {
    return {
      workspaceRoot: this.root,
      project: '@ws/analytics',
      projectRoot: this.projectRoot,
      phase,
      map: this.map(),
    };
  }

  /** What the phase runs here wrote to the terminal. */
  output = '';

  /** Runs `phase` here with `env` (the emulator's), keeping what it writes to the terminal in `output`. */
  runPhase(
    phase: string,
    env: NodeJS.ProcessEnv,
    extra: Partial<PhaseRunOptions> = {},
    isTTY?: boolean,
  ) {
    return runPhase({
      ...this.phaseRun(phase),
      env,
      out: { write: (text) => (this.output += text), isTTY },
      ...extra,
    });
  }

  /** Writes `map` as nx.json's Baton entry. */
  writeMap(map: object): void {
    this.write('nx.json', `${JSON.stringify({ plugins: [{ plugin: '@baton/nx', options: map }] }, null, 2)}\n`);
  }

  /** Commits `map` in place of the workspace's map. */
  changeMap(map: object): void {
    this.writeMap(map);
    this.commitAll('Change the map');
  }

  /** The map of nx.json's Baton entry, as the Nx plugin hands it to the relay. */
  map(): CollaborationMap {
    return mapOfNxJson(this.read('nx.json'));
  }

  /** Writes and commits the next handoff to `to` (numbered after `number`), returning its path. */
  handoff(
    number: number,
    from: { phase: string; model: string },
    to: { phase: string; model: string },
    files: HandoffFile[] = [],
  ): string {
    const name = `${String(number).padStart(3, '0')}-${from.phase}-to-${to.phase}.md`;
    const path = `${this.projectRoot}/handoffs/${name}`;
    this.write(
      path,
      renderHandoff({
        number,
        feature: 'analytics',
        from,
        to,
        base: this.git('rev-parse', 'HEAD'),
        created: '2026-11-26T10:00:00Z',
        featureTitle: 'User analytics dashboard',
        completed: 'Architecture design, API structure',
        nextPhase: to.phase,
        keyContext: ['Performance requirements: <2s query response time', 'Expected data volume: 10M+ records'],
        files,
      }),
    );
    this.commitAll(`Hand off to ${to.phase}`);
    return path;
  }

  /** Commits `query` as the project's src/query.ts and the handoff that sends it to the security review. */
  handOffForReview(query: string): string {
    this.write(`${this.projectRoot}/src/query.ts`, query);
    this.commitAll('Add the query');
    return this.handoff(
      2,
      { phase: 'data-processing', model: 'gemini' },
      { phase: 'security-review', model: 'claude' },
      [{ path: 'src/query.ts', structureOnly: false }],
    );
  }

  ledger(): Array<Record<string, unknown>> {
    const file = `${this.projectRoot}/handoffs/ledger.jsonl`;
    if (!this.exists(file)) return [];
    return this.read(file)
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  /**
   * HEAD, branch, index and the content of every tracked and untracked file, the ledger aside:
   * equal before and after a failed run means the run changed nothing a user could lose.
   */
  override treeHash(): string {
    return super.treeHash((file) => file.endsWith('handoffs/ledger.jsonl'));
  }
}
