import { RelayError } from './relay-error';

/** A phase's commit (BATON_PHASE set) whose message lost the AI trailers. */
export class PhaseCommitTrailersError extends RelayError {
  constructor(
    readonly phase: string,
    readonly problems: string[],
  ) {
    super(
      'PHASE_COMMIT_TRAILERS',
      `This commit is made by the "${phase}" phase (BATON_PHASE is set), but its message ${problems.join('; ')}, so nothing would show that a model wrote it.`,
      `Commit again with the trailers: \`git commit --trailer "AI-Phase: ${phase}" --trailer "AI-Model: <provider>/<model>" --trailer "AI-Handoff: <handoff path>"\`; ` +
        'if a person is committing, unset BATON_PHASE (`unset BATON_PHASE`) and commit again.',
    );
  }
}

/** `baton check` was given a revision git does not know. */
export class CheckRevisionError extends RelayError {
  constructor(
    readonly option: 'base' | 'head',
    readonly revision: string,
  ) {
    super(
      'CHECK_UNKNOWN_REVISION',
      `baton check cannot find the ${option} revision "${revision}" in this repository.`,
      option === 'base'
        ? `In CI, fetch it first (\`git fetch origin ${revision.replace(/^origin\//, '')}\`), or pass a branch that exists: \`baton check --base main\`.`
        : 'Pass a branch or commit that exists (`git branch` lists them), e.g. `baton check --base main --head HEAD`.',
    );
  }
}
