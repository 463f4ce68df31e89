import { BatonError, type Commands } from '@baton/errors';
import type { ModelSpec } from './types';

/**
 * Every error a user can meet when Baton calls a model: what is wrong and how to fix it, in one
 * paragraph. No message ever holds an API key.
 */
export class ProvidersError extends BatonError {}

const describe = (spec: ModelSpec) => `"${spec.alias}" (${spec.provider}/${spec.model})`;

const rerun = (commands: Commands) => `then run ${commands.runPhase()} again`;

/** The key a model needs is not in the environment. */
export class MissingApiKeyError extends ProvidersError {
  constructor(
    readonly spec: ModelSpec,
    readonly phase: string,
    /** The variables any one of which would do, preferred first. */
    readonly envVars: string[],
  ) {
    super(
      'MISSING_API_KEY',
      `Phase "${phase}" uses the model ${describe(spec)}, which needs an API key in the environment variable ` +
        `${envVars.join(' (or ')}${envVars.length > 1 ? ')' : ''}, and it is not set.`,
      (commands) =>
        `Set it in your shell (\`export ${envVars[0]}=<your key>\`) or in your CI secrets, ${rerun(commands)}. ` +
        `Baton never stores the key.`,
    );
  }
}

/** An openai-compatible model entry without the base URL of its server. */
export class MissingBaseUrlError extends ProvidersError {
  constructor(
    readonly spec: ModelSpec,
    readonly phase: string,
  ) {
    super(
      'MISSING_BASE_URL',
      `Phase "${phase}" uses the model ${describe(spec)}, but an OpenAI-compatible server needs a "baseUrl" and this model has none.`,
      (commands) =>
        `Add it to models.${spec.alias} of ${commands.mapLocation} ` +
        `(e.g. "baseUrl": "http://127.0.0.1:11434/v1" for Ollama), ${rerun(commands)}.`,
    );
  }
}

export class EmptyModelChainError extends ProvidersError {
  constructor(readonly phase: string) {
    super(
      'NO_MODEL',
      `Phase "${phase}" has no model to call.`,
      (commands) =>
        `Give it one in "phases" of ${commands.mapLocation} (e.g. "model": "gpt"), ${rerun(commands)}.`,
    );
  }
}

/** One model of the chain that failed, as the final error reports it. */
export interface FailedAttempt {
  alias: string;
  error: string;
}

/**
 * No model of the chain answered. `refused` is set when a model refused the request outright
 * (bad key, unknown model, bad request): no fallback is tried then, since it would hide the cause.
 */
export class ProviderError extends ProvidersError {
  constructor(
    readonly phase: string,
    readonly attempts: FailedAttempt[],
    chain: ModelSpec[],
    readonly refused: { spec: ModelSpec; status: number | null; keyEnv: string | null } | null,
  ) {
    const named = (attempt: FailedAttempt) => {
      const spec = chain.find((candidate) => candidate.alias === attempt.alias);
      return `${spec ? describe(spec) : `"${attempt.alias}"`}: ${attempt.error}`;
    };
    const earlier = grouped(attempts.slice(0, -1));
    super(
      refused ? 'PROVIDER_REFUSED' : 'PROVIDER_UNAVAILABLE',
      refused
        ? `Phase "${phase}": the model ${describe(refused.spec)} refused the request (${attempts.at(-1)!.error}).` +
            (earlier.length ? ` Before it: ${earlier.map(named).join('; ')}.` : '')
        : `Phase "${phase}" got no answer from its models; tried ${grouped(attempts).map(named).join('; ')}. ` +
            'The providers are down, overloaded or rate-limiting this key:',
      refused
        ? (commands) => refusalFix(refused, commands)
        : (commands) =>
            `wait a little, ${rerun(commands)}, ` +
            `or add a fallback model to the phase ("fallback": ["<alias>"] in ${commands.mapLocation}).`,
    );
  }
}

/** Folds repeated tries of one model that failed alike into one line: "... (3 tries)". */
function grouped(attempts: FailedAttempt[]): FailedAttempt[] {
  const folded: Array<FailedAttempt & { count: number }> = [];
  for (const attempt of attempts) {
    const last = folded.at(-1);
    if (last && last.alias === attempt.alias && last.error === attempt.error) last.count += 1;
    else folded.push({ ...attempt, count: 1 });
  }
  return folded.map(({ alias, error, count }) => ({
    alias,
    error: count > 1 ? `${error} (${count} tries)` : error,
  }));
}

function refusalFix(refused: NonNullable<ProviderError['refused']>, commands: Commands): string {
  const { spec, status, keyEnv } = refused;
  const where = `models.${spec.alias}`;
  if (status === 401 || status === 403 || (spec.provider === 'google' && status === 400)) {
    return keyEnv
      ? `Check that ${keyEnv} holds a valid key for ${spec.provider} (\`export ${keyEnv}=<your key>\`), ${rerun(commands)}.`
      : `The server wants a key: name the variable that holds it in ${where}.apiKeyEnv of ${commands.mapLocation}, ${rerun(commands)}.`;
  }
  if (status === 404) {
    return `Check that "${spec.model}" is a model this provider serves, and fix ${where}.model in ${commands.mapLocation}, ${rerun(commands)}.`;
  }
  return `Check ${where} in ${commands.mapLocation} and the phase's maxOutputTokens, ${rerun(commands)}.`;
}

/** The caller's signal aborted the call. */
export class CompletionAbortedError extends ProvidersError {
  constructor(readonly phase: string) {
    super(
      'ABORTED',
      `Phase "${phase}" was cancelled before its model answered; nothing was written.`,
      'Run it again when ready.',
    );
  }
}
