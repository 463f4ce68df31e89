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

/** A scripted `changes` reply's patch no longer applies to the sample it was made against. */
export class ScriptedReplyError extends Error {
  constructor(
    readonly patch: string,
    readonly file: string,
  ) {
    super(
      `${patch} does not apply to ${file}: the sample or an earlier phase's patch changed under it. ` +
        'Remake it with `git diff --no-prefix` over the sample as the phases before it leave it, then run `npm run demo` again.',
    );
    this.name = 'ScriptedReplyError';
  }
}
