// Writes an installable tarball of every publishable (non-private) workspace package to dist/tarballs/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const out = join(root, 'dist', 'tarballs');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const { workspaces } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const listed = JSON.parse(
  execFileSync('npm', ['query', '.workspace'], { cwd: root, encoding: 'utf8' }),
);
const publishable = listed.filter((pkg) => !pkg.private).map((pkg) => pkg.name);
if (publishable.length === 0)
  throw new Error(`no publishable packages in ${workspaces.join(', ')}`);

const packed = JSON.parse(
  execFileSync(
    'npm',
    ['pack', '--json', '--pack-destination', out, ...publishable.flatMap((name) => ['-w', name])],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  ),
);
for (const { name, filename } of packed) console.log(`${name} -> dist/tarballs/${filename}`);
