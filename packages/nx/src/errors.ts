import { renderError as render, type Commands } from '@baton/errors';

/** The commands an error's fix names, spelled as Nx commands. */
export const nxCommands: Commands = {
  init: '`nx g @baton/nx:init` (or `nx add @baton/nx`)',
  listProjects: '`nx show projects`',
  runPhase: (project = '<project>', phase = '<phase>', flags) =>
    `\`nx run ${project}:${phase}${flags ? ` ${flags}` : ''}\``,
  writeHandoff: (project, flags) =>
    `\`nx g handoff${project ? ` --project ${project}` : ''}${flags ? ` ${flags}` : ''}\``,
  createPhaseBranch: (project, phase) =>
    `\`nx g phase-branch --project ${project} --phase ${phase}\``,
  runRelay: (project, flags) => `\`nx run ${project}:relay${flags ? ` ${flags}` : ''}\``,
  mapLocation: 'the "@baton/nx" entry in nx.json',
};

/** What the phase executor, the generators and the `baton` command print when they fail. */
export function renderError(error: unknown): string {
  return render(error, { commands: nxCommands });
}

/**
 * A generator's failure as Nx prints it: Nx shows a thrown error's message, and offers its stack
 * when it has one; this error carries the rendered message and no stack.
 */
export class GeneratorFailure extends Error {
  constructor(readonly error: unknown) {
    super(renderError(error));
    this.name = 'GeneratorFailure';
    this.stack = '';
  }
}

/** A generator, or the callback it returns, that Nx runs. */
type Runnable<Args extends unknown[], Result> = (...args: Args) => Result | Promise<Result>;

/** Runs a generator, and the callback it returns, so that whatever they throw reaches Nx rendered. */
export function withRenderedErrors<Args extends unknown[], Result>(
  generator: Runnable<Args, Result>,
): (...args: Args) => Promise<Result> {
  return async (...args) => {
    let result: Result;
    try {
      result = await generator(...args);
    } catch (error) {
      throw new GeneratorFailure(error);
    }
    return typeof result === 'function'
      ? (withRenderedErrors(result as Runnable<unknown[], unknown>) as Result)
      : result;
  };
}
