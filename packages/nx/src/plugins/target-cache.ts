import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { CreateNodesResult, CreateNodesResultArray, CreateNodes } from '@nx/devkit';
import { version } from '../../package.json';

/** One feature's inferred project, as the uncached plugin returned it. */
type FeatureNodes = CreateNodesResult;

/**
 * The targets inferred for each feature folder, kept between graph computations in Nx's workspace
 * data directory (as Nx's own plugins keep theirs) and keyed by a hash of everything inference
 * reads: the plugin's options, whether the folder is a project, and its handoff folder's listing.
 * One file per options hash, so two registrations of the plugin do not evict each other.
 */
export class TargetCache {
  private readonly entries: Record<string, FeatureNodes>;
  private readonly used: Record<string, FeatureNodes> = {};
  private changed = false;

  constructor(
    private readonly workspaceRoot: string,
    private readonly optionsHash: string,
    readonly file: string,
  ) {
    this.entries = readEntries(file);
  }

  /** The key of one `handoffs/FEATURE.md`: a hash of what inferring its targets reads. */
  key(featureFile: string): string {
    const projectRoot = dirname(dirname(featureFile));
    const root = join(this.workspaceRoot, projectRoot);
    const handoffs = join(root, 'handoffs');
    const hash = createHash('sha256').update(`${this.optionsHash}\0${featureFile}\0`);
    for (const marker of ['project.json', 'package.json']) {
      hash.update(`${marker}:${existsSync(join(root, marker))}\0`);
    }
    // Name, size and modification time: a handoff rewritten in place changes the latter two.
    for (const name of readdirSync(handoffs).sort()) {
      const stat = statSync(join(handoffs, name));
      hash.update(`${name}\0${stat.size}\0${stat.mtimeMs}\0`);
    }
    return hash.digest('hex');
  }

  get(key: string): FeatureNodes | undefined {
    const hit = this.entries[key];
    if (hit) this.used[key] = hit;
    return hit;
  }

  set(key: string, nodes: FeatureNodes): void {
    this.used[key] = nodes;
    this.changed = true;
  }

  /** Writes the entries this computation used (so folders gone since drop out); never throws. */
  save(): void {
    if (!this.changed && Object.keys(this.used).length === Object.keys(this.entries).length) return;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const temp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(this.used));
      // Renamed into place, so that a graph computed alongside never reads half a file.
      renameSync(temp, this.file);
    } catch {
      // A cache that cannot be written costs the next computation its hits, nothing else.
    }
  }
}

/** The cache of one registration of the plugin, under `dataDirectory` (Nx's workspace data). */
export function openTargetCache(
  workspaceRoot: string,
  dataDirectory: string,
  options: unknown,
): TargetCache {
  const optionsHash = createHash('sha256')
    .update(`${version}\0${JSON.stringify(options ?? null)}`)
    .digest('hex');
  return new TargetCache(
    workspaceRoot,
    optionsHash,
    join(dataDirectory, `baton-targets-${optionsHash.slice(0, 16)}.json`),
  );
}

function readEntries(file: string): Record<string, FeatureNodes> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, FeatureNodes>)
      : {};
  } catch {
    // Missing or corrupt: infer again and overwrite it.
    return {};
  }
}

/**
 * `createNodes` that answers from the cache and loads the plugin (`load`) only for the feature
 * folders whose inputs changed: on a warm graph nothing heavier than the hash is loaded.
 */
export function withTargetCache<T>(
  glob: string,
  load: () => Promise<CreateNodes<T>>,
  dataDirectory: () => string,
): CreateNodes<T> {
  return [
    glob,
    async (files, options, context) => {
      const cache = openTargetCache(context.workspaceRoot, dataDirectory(), options);
      const found = new Map<string, FeatureNodes>();
      const missed = new Map<string, string>();
      for (const file of files) {
        const key = cache.key(file);
        const hit = cache.get(key);
        if (hit) found.set(file, hit);
        else missed.set(file, key);
      }
      const keep = (inferred: CreateNodesResultArray) => {
        for (const [file, nodes] of inferred) {
          cache.set(missed.get(file)!, nodes);
          found.set(file, nodes);
        }
      };
      const inOrder = () =>
        files.flatMap((file): CreateNodesResultArray => {
          const nodes = found.get(file);
          return nodes ? [[file, nodes]] : [];
        });
      if (missed.size > 0) {
        const [, infer] = await load();
        try {
          keep(await infer([...missed.keys()], options, context));
        } catch (error) {
          // Folders that failed are not cached; those that did not keep their targets.
          const { AggregateCreateNodesError } = await import('@nx/devkit');
          if (!(error instanceof AggregateCreateNodesError)) throw error;
          keep(error.partialResults);
          cache.save();
          throw new AggregateCreateNodesError(error.errors, inOrder());
        }
      }
      cache.save();
      return inOrder();
    },
  ];
}
