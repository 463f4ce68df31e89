/** A step of the demo failed: the command, how it ended, and what it printed (already shown). */
export class DemoStepError extends Error {
  constructor(
    readonly command: string,
    readonly exitCode: number | null,
    readonly output: string,
  ) {
    super(
      `The demo stopped: \`${command}\` ${exitCode === null ? `could not start (${output})` : `exited with code ${exitCode}; its output is just above`}. ` +
        'Fix what it names and run `npm run demo` again; the workspace is left as it was at that step, to look at.',
    );
    this.name = 'DemoStepError';
  }
}
