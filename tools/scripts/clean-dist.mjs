// Empties the package's dist/ before tsc builds it: `tsc -b` never deletes the output of a source
// file that was moved or removed, and a stale dist/feature.js would shadow dist/feature/index.js.
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
