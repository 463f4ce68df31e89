import { availableParallelism, loadavg } from 'node:os';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Observation } from '../conventions';
import type { ObserveContext } from './file-walk';
import { observeSource } from './source';

/** One file to observe, by workspace-relative path. */
export interface ObservedText {
  path: string;
  text: string;
}

/** What each thread is handed: every file, and the counter it claims the next one from. */
export interface ObserveJob {
  files: readonly ObservedText[];
  context: ObserveContext;
  next: Int32Array;
}

// Below this much text per thread, starting one (a thread and its own TypeScript, a quarter of a
// second) costs more than the parsing it takes over.
const bytesPerThread = 1024 * 1024;
const maxWorkers = 3;

/** Observes files in turn, each claimed from the shared counter, until none are left. */
export function observeClaimed(job: ObserveJob): Array<[number, Observation[]]> {
  const observed: Array<[number, Observation[]]> = [];
  for (
    let index = Atomics.add(job.next, 0, 1);
    index < job.files.length;
    index = Atomics.add(job.next, 0, 1)
  ) {
    const file = job.files[index];
    observed.push([index, observeSource(file.path, file.text, job.context)]);
  }
  return observed;
}

function startWorker(job: ObserveJob): Promise<Array<[number, Observation[]]>> {
  // Tests run this package from its TypeScript sources: the worker then loads them through tsx.
  const fromSources = extname(__filename) === '.ts';
  const worker = new Worker(join(__dirname, `observe-worker${extname(__filename)}`), {
    workerData: { files: job.files, context: job.context, next: job.next.buffer },
    execArgv: fromSources ? ['--require', 'tsx/cjs'] : [],
  });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`The style observer thread stopped with exit code ${code}.`)),
    );
  });
}

/**
 * Every file's observations, in order: the same as {@link observeSource} on each, spread over the
 * machine's cores when there is enough text to repay starting a thread. Threads claim files one at a
 * time, so a thread that starts late takes fewer.
 */
export async function observeSources(
  files: readonly ObservedText[],
  context: ObserveContext,
  { threads }: { threads?: number } = {},
): Promise<Observation[][]> {
  const bytes = files.reduce((sum, file) => sum + file.text.length, 0);
  // A thread parses on a core of its own or not at all: on a busy machine its start-up (its own
  // TypeScript, warmed up anew) only adds to the work, so only idle cores are counted. One of them
  // goes to V8's compiler and collector threads, which a parse keeps busy: on two cores, a second
  // parsing thread made 600 files take 1.2 s instead of 1.0 s.
  const idleCores = Math.round(availableParallelism() - loadavg()[0]);
  const workers =
    threads === undefined
      ? Math.min(idleCores - 2, maxWorkers, Math.floor(bytes / bytesPerThread) - 1)
      : threads - 1;
  if (workers < 1) return files.map((file) => observeSource(file.path, file.text, context));
  const job: ObserveJob = { files, context, next: new Int32Array(new SharedArrayBuffer(4)) };
  const started = Array.from({ length: workers }, () => startWorker(job));
  const results = [observeClaimed(job), ...(await Promise.all(started))];
  const observed: Observation[][] = new Array(files.length);
  for (const result of results)
    for (const [index, observations] of result) observed[index] = observations;
  return observed;
}
