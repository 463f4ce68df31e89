// Writes an installable tarball of every publishable (non-private) workspace package to dist/tarballs/.
// Packs into a temporary folder first and moves the tarballs only when each holds every file its
// package.json, generators.json and executors.json point at, so a tarball without dist/ is never written.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';

const root = process.cwd();
const out = join(root, 'dist', 'tarballs');

const listed = JSON.parse(
  execFileSync('npm', ['query', '.workspace'], { cwd: root, encoding: 'utf8' }),
);
const publishable = listed.filter((pkg) => !pkg.private);
if (publishable.length === 0) {
  console.error('No publishable (non-private) package in the workspaces of package.json.');
  process.exit(1);
}

const staging = mkdtempSync(join(tmpdir(), 'baton-pack-'));
try {
  const packed = JSON.parse(
    execFileSync(
      'npm',
      [
        'pack',
        '--json',
        '--pack-destination',
        staging,
        ...publishable.flatMap((pkg) => ['-w', pkg.name]),
      ],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    ),
  );
  const missing = packed.flatMap(({ name, files }) => {
    const pkg = publishable.find((candidate) => candidate.name === name);
    const inTarball = new Set(files.map((file) => file.path));
    return entryPoints(join(root, pkg.location))
      .filter((path) => ![path, `${path}.js`].some((candidate) => inTarball.has(candidate)))
      .map((path) => `${name}: ${path}`);
  });
  if (missing.length > 0) {
    console.error(
      `Not packing: these entry points are missing from the tarballs (the packages are not built):\n` +
        missing.map((line) => `  ${line}\n`).join('') +
        'Run `npm run pack`, which builds every package first.',
    );
    process.exit(1);
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const { name, filename } of packed) {
    renameSync(join(staging, filename), join(out, filename));
    console.log(`${name} -> dist/tarballs/${filename}`);
  }
} finally {
  rmSync(staging, { recursive: true, force: true });
}

/** Every file a package's manifests point at: main, types, bin, exports, and Nx's generators and executors. */
function entryPoints(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const paths = [manifest.main, manifest.types];
  if (typeof manifest.bin === 'string') paths.push(manifest.bin);
  else paths.push(...Object.values(manifest.bin ?? {}));
  paths.push(...exportTargets(manifest.exports));
  for (const [field, key] of [
    ['generators', 'generators'],
    ['executors', 'executors'],
  ]) {
    if (!manifest[field] || !existsSync(join(dir, manifest[field]))) continue;
    const entries = JSON.parse(readFileSync(join(dir, manifest[field]), 'utf8'))[key] ?? {};
    for (const entry of Object.values(entries)) {
      paths.push(entry.factory, entry.implementation, entry.schema);
    }
  }
  const files = paths
    .filter((path) => typeof path === 'string')
    .map((path) => posix.normalize(path));
  return [...new Set(files)];
}

/** The files an `exports` map resolves to outside the development-only `@baton/source` condition. */
function exportTargets(exports) {
  if (typeof exports === 'string') return [exports];
  if (!exports || typeof exports !== 'object') return [];
  return Object.entries(exports)
    .filter(([condition]) => condition !== '@baton/source')
    .flatMap(([, target]) => exportTargets(target));
}
