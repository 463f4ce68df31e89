import type * as TypeScript from 'typescript';

let compiler: typeof TypeScript | undefined;

/**
 * The TypeScript compiler, loaded on first use (a fifth of a second): every `baton` command imports
 * this package, and those that parse nothing (a person's commit in the hooks) stay quick.
 */
export function typescript(): typeof TypeScript {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a deferred, synchronous load
  compiler ??= require('typescript') as typeof TypeScript;
  return compiler;
}
