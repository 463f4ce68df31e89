// Copies a plugin package's non-TypeScript assets (schema.json, generator templates) from src/ into dist/.
import { cpSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

const src = join(process.cwd(), 'src');
const dist = join(process.cwd(), 'dist');
const isAsset = (path) =>
  statSync(path).isDirectory() || !path.endsWith('.ts') || path.includes(`${sep}files${sep}`);
cpSync(src, dist, { recursive: true, filter: isAsset });
