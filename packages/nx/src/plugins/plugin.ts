import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import type { CreateNodes, TargetConfiguration } from '@nx/devkit';
// Nx's own modules, which its plugin worker has already loaded: `@nx/devkit` re-exports them, but
// loading it costs a target-cache miss over 100 ms (measured in the worker's profile).
import { createNodesFromFiles } from 'nx/src/project-graph/plugins/utils';
import { logger } from 'nx/src/utils/logger';
import {
  CollaborationMapError,
  featurePaths,
  latestHandoff,
  nextPhaseOf,
  parseCollaborationMap,
  readHandoffReferences,
  referencedPath,
  reportFileName,
  type CollaborationMap,
  type HandoffFile,
  type ModelEntry,
  type NextPhase,
  type PhaseEntry,
} from '@baton/relay/graph';
// The light door: the package's index loads the SDKs, which the project graph must not.
import { keyEnvsOf } from '@baton/providers/keys';
import type { ModelSpec } from '@baton/providers';
import { mapSource } from '../collaboration-map';
import { renderError } from '../errors';

/** Options of the `@baton/nx` entry in nx.json: the collaboration map (docs/collaboration-map.md). */
export type BatonPluginOptions = Record<string, unknown>;

/** The executor every phase target runs. */
export const phaseExecutor = '@baton/nx:phase';

/** The executor of the `relay` target, which conducts the remaining phases. */
export const relayExecutor = '@baton/nx:relay';

/** The map's say on one phase: its entry and the models it runs on (its model, then its fallbacks). */
export interface PhaseMapEntry {
  phase: PhaseEntry;
  models: Record<string, ModelEntry>;
  /** The map's trailer convention, which a `changes` phase's commit carries. */
  trailers?: CollaborationMap['trailers'];
}

/**
 * What a phase target's options carry besides the run flags: the map's say on the phase, so Nx
 * hashes exactly that and the executor runs from it.
 */
export interface PhaseTargetOptions {
  phase: string;
  mapEntry: PhaseMapEntry;
}

/**
 * What a phase target's metadata carries for the executor: every model of the map, for `--model`,
 * and the phase after this one, for the run's closing line without reading the map again.
 * Metadata is not hashed, so a change to a model the phase does not run on keeps its cache.
 */
export interface PhaseTargetMetadata {
  baton: { models: Record<string, ModelEntry>; next: NextPhase | null };
}

const featureGlob = '**/handoffs/FEATURE.md';

/**
 * One target per phase of the map on every project that holds `handoffs/FEATURE.md`. Cheap by
 * design: it reads nx.json's options, one folder listing and the latest handoff to each phase; no
 * git, no network, no compiler.
 */
export const createNodes: CreateNodes<BatonPluginOptions> = [
  featureGlob,
  async (files, options, context) => {
    const map = validMap(options);
    if (map === null) return [];
    return createNodesFromFiles(
      async (featureFile) => {
        const projectRoot = dirname(dirname(featureFile));
        const root = join(context.workspaceRoot, projectRoot);
        // A folder that is not a project (no project.json or package.json) gets no targets.
        if (!existsSync(join(root, 'project.json')) && !existsSync(join(root, 'package.json'))) {
          return {};
        }
        return {
          projects: {
            [projectRoot]: {
              targets: {
                ...phaseTargets(context.workspaceRoot, toPosix(projectRoot), map),
                ...relayTarget(map),
              },
            },
          },
        };
      },
      files,
      options,
      context,
    );
  },
];

let warned: string | null = null;

/**
 * The map, or null (warned once per problem) when it is invalid: a typo in Baton's options must not
 * stop Nx, and every other plugin's targets, from working. Baton's own commands give the error.
 */
function validMap(options: BatonPluginOptions | undefined): CollaborationMap | null {
  try {
    return parseCollaborationMap(options, mapSource);
  } catch (error) {
    if (!(error instanceof CollaborationMapError)) throw error;
    if (warned !== error.message) {
      warned = error.message;
      logger.warn(`Baton infers no phase targets until its map is fixed. ${renderError(error)}`);
    }
    return null;
  }
}

/** The phase targets of one feature project (`projectRoot` workspace-relative, `/`-separated). */
export function phaseTargets(
  workspaceRoot: string,
  projectRoot: string,
  map: CollaborationMap,
): Record<string, TargetConfiguration<PhaseTargetOptions>> {
  const paths = featurePaths(projectRoot);
  const names = readdirSync(join(workspaceRoot, paths.handoffs));
  const targets: Record<string, TargetConfiguration<PhaseTargetOptions>> = {};
  for (const phase of map.order) {
    const entry = map.phases[phase]!;
    // Every model the phase may call is hashed: a change to any reviewer's entry is a new run.
    const aliases = [...new Set([entry.model, ...(entry.models ?? []), ...(entry.fallback ?? [])])];
    const model = map.models[entry.model]!;
    const options: PhaseTargetOptions = {
      phase,
      mapEntry: {
        phase: entry,
        models: Object.fromEntries(aliases.map((alias) => [alias, map.models[alias]!])),
        ...(map.trailers ? { trailers: map.trailers } : {}),
      },
    };
    const reviewers = [...new Set([entry.model, ...(entry.models ?? [])])];
    const description =
      reviewers.length > 1
        ? `Baton phase "${phase}": ${reviewers.map((alias) => `${alias} (${map.models[alias]!.provider}/${map.models[alias]!.model})`).join(', ')} review at once and write one report of their findings by agreement, from the latest handoff to ${phase}`
        : entry.produces === 'report'
          ? `Baton phase "${phase}": ${entry.model} (${model.provider}/${model.model}) writes a report from the latest handoff to ${phase}`
          : `Baton phase "${phase}": ${entry.model} (${model.provider}/${model.model}) commits changes from the latest handoff to ${phase} on its phase branch`;
    const metadata = {
      description,
      technologies: ['baton'],
      baton: { models: map.models, next: nextPhaseOf(map, phase) },
    };
    if (entry.produces === 'changes') {
      // Never cached (it commits), and never two at once: each moves HEAD.
      targets[phase] = {
        executor: phaseExecutor,
        options,
        cache: false,
        parallelism: false,
        metadata,
      };
      continue;
    }
    const latest = latestHandoff(names, phase);
    const references = latest ? readReferences(workspaceRoot, paths.handoff(latest.name)) : [];
    targets[phase] = {
      executor: phaseExecutor,
      options,
      cache: true,
      inputs: [
        ...reportInputs(workspaceRoot, projectRoot, entry, references),
        keysInput(aliases.map((alias) => ({ alias, ...map.models[alias]! }))),
      ],
      outputs: [
        latest
          ? `{workspaceRoot}/${posix.join(paths.reports, reportFileName(latest.number, phase))}`
          : `{workspaceRoot}/${paths.reports}/*-${phase}.md`,
      ],
      metadata,
    };
  }
  return targets;
}

/**
 * `relay`: the remaining phases in the map's order. Never cached (it calls models and commits) and
 * never two at once. A phase named `relay` keeps its own target: the map's names come first.
 */
export function relayTarget(map: CollaborationMap): Record<string, TargetConfiguration> {
  if (Object.hasOwn(map.phases, 'relay')) return {};
  return {
    relay: {
      executor: relayExecutor,
      options: {},
      cache: false,
      parallelism: false,
      metadata: {
        description: `Baton relay: runs the remaining phases (${map.order.join(' → ')}) with a handoff, a branch and a commit each, stopping at a review gate after each phase`,
        technologies: ['baton'],
      },
    },
  };
}

/**
 * Exactly what a report phase sends: FEATURE.md and the handoffs (not the ledger or the reports,
 * which runs write), the files the latest handoff references, the workspace's coding standards and,
 * for diff phases, the project's own files. The map's entry is hashed through the options.
 */
function reportInputs(
  workspaceRoot: string,
  projectRoot: string,
  entry: PhaseEntry,
  references: HandoffFile[],
): string[] {
  const paths = featurePaths(projectRoot);
  const inputs = [`{workspaceRoot}/${paths.handoffs}/*.md`];
  for (const file of references) {
    inputs.push(`{workspaceRoot}/${referencedPath(workspaceRoot, projectRoot, file.path)}`);
  }
  inputs.push(
    '{workspaceRoot}/.baton/style-profile.json',
    '{workspaceRoot}/.prettierrc*',
    '{workspaceRoot}/prettier.config.*',
    '{workspaceRoot}/eslint.config.*',
  );
  if (entry.diff) {
    inputs.push(
      `{workspaceRoot}/${posix.join(projectRoot || '.', '**/*')}`,
      `!{workspaceRoot}/${paths.reports}/**`,
      `!{workspaceRoot}/${paths.handoffs}/ledger.jsonl`,
    );
  }
  return inputs;
}

/**
 * Which of the phase's key variables are set, by name (never a value): a run that failed for a
 * missing key and the run after the key was set hash apart, else Nx's task history calls the task
 * flaky on every later run. The key itself stays out of the hash: a new key is not a new run.
 */
function keysInput(specs: ModelSpec[]): { runtime: string } {
  const names = [...new Set(specs.flatMap(keyEnvsOf))].sort();
  if (process.platform === 'win32') {
    const list = names.map((name) => `'${name}'`).join(',');
    return {
      runtime: `node -p "[${list}].filter((n) => (process.env[n] ?? '').trim()).join(' ') || 'no key'"`,
    };
  }
  // The shell alone, not a node process: Nx runs this before every such task (80 ms saved).
  const set = names.map((name) => `case "\${${name}-}" in *[![:space:]]*) s="$s ${name}";; esac; `);
  return { runtime: `s=; ${set.join('')}if [ -n "$s" ]; then echo $s; else echo 'no key'; fi` };
}

/**
 * The files the handoff references, read from its body alone (no YAML parser loads on the graph's
 * path): running the phase reads the whole handoff and reports any problem in it, front matter too.
 */
function readReferences(workspaceRoot: string, path: string): HandoffFile[] {
  try {
    return readHandoffReferences(readFileSync(join(workspaceRoot, path), 'utf8'), path);
  } catch {
    // A handoff whose body is malformed still gets its target, hashed without references.
    return [];
  }
}

function toPosix(path: string): string {
  return path.replaceAll('\\', '/');
}
