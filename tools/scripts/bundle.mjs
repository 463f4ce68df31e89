// Replaces a package's built entry in dist/ with one bundled file, for entries whose start-up is
// measured (`npm run bench`): Node resolves and compiles one file instead of 190 to 250 modules.
// Usage, from a package folder after tsc: node ../../tools/scripts/bundle.mjs plugins/plugin
import { build } from 'esbuild';

const entries = process.argv.slice(2);
if (entries.length === 0) {
  console.error('Name the entries to bundle, as paths under src/ without .ts: plugins/plugin');
  process.exit(1);
}

for (const entry of entries) {
  await build({
    entryPoints: [`src/${entry}.ts`],
    outfile: `dist/${entry}.js`,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Baton's own packages from their sources, as the tests run them; everything else as installed.
    conditions: ['@baton/source'],
    // Nx and its devkit are the workspace's own, shared with Nx: never a second copy.
    external: ['nx', 'nx/*', '@nx/devkit'],
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'warning',
  });
}
