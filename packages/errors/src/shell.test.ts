import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellPaths } from './shell';

describe('paths in a fix’s command', () => {
  const paths = [
    'packages/analytics/handoffs/002-architecture-to-data-processing.md',
    'app/[id]/(group)/page #1 %20.ts',
    'src/日本/é file.ts',
    "it's $HOME.ts",
    '-dash.ts',
  ];

  it('leaves a plain path as it is and quotes the rest', () => {
    expect(shellPaths(paths[0]!)).toBe(paths[0]);
    expect(shellPaths('-dash.ts', 'a b.ts')).toBe("./-dash.ts 'a b.ts'");
  });

  it('reaches the program as the same paths, one word each, when a shell runs the command', () => {
    const words = execFileSync('sh', ['-c', `printf '%s\\n' ${shellPaths(...paths)}`], {
      encoding: 'utf8',
    });
    expect(words.split('\n').slice(0, -1)).toEqual([...paths.slice(0, -1), './-dash.ts']);
  });
});
