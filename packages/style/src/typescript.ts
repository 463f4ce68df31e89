import { isAscii } from 'node:buffer';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { cachedDataVersionTag } from 'node:v8';
import { Script } from 'node:vm';
import { isMainThread } from 'node:worker_threads';
import type * as TypeScript from 'typescript';

let compiler: typeof TypeScript | undefined;

/**
 * The TypeScript compiler, loaded on first use: every `baton` command imports this package, and
 * those that parse nothing (a person's commit in the hooks) stay quick. Compiling its 9 MB is most
 * of a pre-commit's style check, so V8's code for it is kept between runs (see loadWithCodeCache).
 */
export function typescript(): typeof TypeScript {
  compiler ??= loadWithCodeCache(require.resolve('typescript')) as typeof TypeScript;
  return compiler;
}

/**
 * Requires a CommonJS file through V8's code cache, kept in `node_modules/.cache/baton/` beside the
 * package: the code of every function compiled by the end of the run, not only the top level as
 * `v8-compile-cache` keeps, so the next run neither parses nor compiles what this one used. Where
 * Node has its own compile cache (22.1+, which `baton` switches on), a plain require uses that.
 */
export function loadWithCodeCache(file: string): unknown {
  const nodeModules = dirname(dirname(dirname(file)));
  const nodeCaches = 'enableCompileCache' in Module;
  if (require.cache[file] || nodeCaches || basename(nodeModules) !== 'node_modules') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a deferred, synchronous load
    return require(file);
  }
  const { size, mtimeMs } = statSync(file);
  const key = `${basename(file, '.js')}-${size}-${Math.round(mtimeMs)}-${cachedDataVersionTag()}`;
  const cacheFile = join(nodeModules, '.cache', 'baton', 'v8', `${key}.bin`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // No cache yet: this run makes it.
  }
  const bytes = readFileSync(file);
  // TypeScript's 9 MB are ASCII: read as Latin-1 they are the same text, without decoding UTF-8.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const script = new Script(Module.wrap(source), {
    filename: file,
    cachedData,
  });
  const module = new Module(file, undefined);
  module.filename = file;
  (script.runInThisContext() as (...args: unknown[]) => void).call(
    module.exports,
    module.exports,
    createRequire(file),
    module,
    file,
    dirname(file),
  );
  module.loaded = true;
  require.cache[file] = module;
  if ((!cachedData || script.cachedDataRejected) && isMainThread) {
    // At exit, when the functions this run used are compiled and so are in the cache.
    process.once('exit', () => keepCodeCache(script, cacheFile));
  }
  return module.exports;
}

function keepCodeCache(script: Script, cacheFile: string): void {
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    const temp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temp, script.createCachedData());
    // Renamed into place, so that a run alongside never reads half a cache.
    renameSync(temp, cacheFile);
  } catch {
    // A read-only node_modules: every run compiles TypeScript anew, as without the cache.
  }
}
