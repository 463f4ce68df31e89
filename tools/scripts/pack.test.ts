import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, tempFolderForTests } from '@baton/testing';
import { beforeEach, describe, expect, it } from 'vitest';

const pack = (cwd: string) =>
  spawnSync(process.execPath, [join(repoRoot, 'tools/scripts/pack.mjs')], {
    cwd,
    encoding: 'utf8',
  });

describe('npm run pack', () => {
  const ws = tempFolderForTests('baton-pack-');
  beforeEach(() => {
    ws.write('package.json', JSON.stringify({ name: 'ws', private: true, workspaces: ['libs/*'] }));
    ws.write(
      'libs/plugin/package.json',
      JSON.stringify({
        name: '@ws/plugin',
        version: '1.0.0',
        main: './dist/index.js',
        files: ['dist', 'generators.json'],
        generators: './generators.json',
      }),
    );
    ws.write(
      'libs/plugin/generators.json',
      JSON.stringify({
        generators: {
          init: { factory: './dist/init/init', schema: './dist/init/schema.json' },
        },
      }),
    );
    ws.write('libs/private/package.json', JSON.stringify({ name: '@ws/private', private: true }));
    // Links the workspaces into node_modules, which `npm query` reads; no package to download.
    spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund'], { cwd: ws.root });
  });

  it('builds before it packs', () => {
    const { scripts } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts.pack).toMatch(/^npm run build && node tools\/scripts\/pack\.mjs$/);
  });

  it('refuses unbuilt packages, naming each missing entry point and the command, writing nothing', () => {
    ws.write('libs/plugin/dist/index.js', 'module.exports = {};\n');
    const result = pack(ws.root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('@ws/plugin: dist/init/init\n');
    expect(result.stderr).toContain('@ws/plugin: dist/init/schema.json\n');
    expect(result.stderr).not.toContain('dist/index.js');
    expect(result.stderr).toContain('Run `npm run pack`, which builds every package first.');
    expect(ws.exists('dist')).toBe(false);
  });

  it('writes a tarball of each publishable package once every entry point is built', () => {
    ws.write('libs/plugin/dist/index.js', 'module.exports = {};\n');
    ws.write('libs/plugin/dist/init/init.js', 'module.exports = {};\n');
    ws.write('libs/plugin/dist/init/schema.json', '{}\n');
    const result = pack(ws.root);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('@ws/plugin -> dist/tarballs/ws-plugin-1.0.0.tgz\n');
    expect(readdirSync(ws.path('dist/tarballs'))).toEqual(['ws-plugin-1.0.0.tgz']);
  });
});
