// One thread of `observeSources`: observes the files it claims and hands back their observations.
import { parentPort, workerData } from 'node:worker_threads';
import type { ObserveContext } from './file-walk';
import { observeClaimed, type ObservedText } from './threads';

const data = workerData as {
  files: ObservedText[];
  context: ObserveContext;
  next: SharedArrayBuffer;
};
parentPort!.postMessage(
  observeClaimed({ files: data.files, context: data.context, next: new Int32Array(data.next) }),
);
