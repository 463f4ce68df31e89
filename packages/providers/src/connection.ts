import { MissingApiKeyError, MissingBaseUrlError } from './errors';
import type { ModelSpec, ProviderName } from './types';

/** Where to send a model's requests, and the key to send (null: none needed). */
export interface Connection {
  baseUrl: string;
  apiKey: string | null;
  /** The variable the key came from, to name it in errors. */
  keyEnv: string | null;
}

// Explicit defaults, so that the SDKs never fall back to process.env behind the caller's env.
const DEFAULT_BASE_URLS: Record<Exclude<ProviderName, 'openai-compatible'>, string> = {
  openai: 'https://api.openai.com/v1',
  anthropic: 'https://api.anthropic.com',
  google: 'https://generativelanguage.googleapis.com/',
};

/** The variables each provider's SDK reads natively, preferred first. */
const KEY_ENVS: Record<Exclude<ProviderName, 'openai-compatible'>, string[]> = {
  openai: ['OPENAI_API_KEY'],
  anthropic: ['ANTHROPIC_API_KEY'],
  google: ['GEMINI_API_KEY', 'GOOGLE_API_KEY'],
};

const BASE_URL_ENVS: Record<Exclude<ProviderName, 'openai-compatible'>, string> = {
  openai: 'OPENAI_BASE_URL',
  anthropic: 'ANTHROPIC_BASE_URL',
  google: 'GOOGLE_GEMINI_BASE_URL',
};

/** The variables a model's key may come from (none: a server that needs no key). */
export function keyEnvsOf(spec: ModelSpec): string[] {
  if (spec.provider === 'openai-compatible') return spec.apiKeyEnv ? [spec.apiKeyEnv] : [];
  return KEY_ENVS[spec.provider];
}

const present = (value: string | undefined) => (value && value.trim() ? value.trim() : undefined);

/**
 * Where `spec`'s requests go and the key they carry. Throws {@link MissingApiKeyError} or
 * {@link MissingBaseUrlError} when the environment or the map lacks them.
 */
export function connectionFor(spec: ModelSpec, env: NodeJS.ProcessEnv, phase: string): Connection {
  if (spec.provider === 'openai-compatible') {
    if (!spec.baseUrl) throw new MissingBaseUrlError(spec, phase);
    if (!spec.apiKeyEnv) return { baseUrl: spec.baseUrl, apiKey: null, keyEnv: null };
    const apiKey = present(env[spec.apiKeyEnv]);
    if (!apiKey) throw new MissingApiKeyError(spec, phase, [spec.apiKeyEnv]);
    return { baseUrl: spec.baseUrl, apiKey, keyEnv: spec.apiKeyEnv };
  }
  const names = KEY_ENVS[spec.provider];
  const keyEnv = names.find((name) => present(env[name]));
  if (!keyEnv) throw new MissingApiKeyError(spec, phase, names);
  return {
    baseUrl:
      spec.baseUrl ??
      present(env[BASE_URL_ENVS[spec.provider]]) ??
      DEFAULT_BASE_URLS[spec.provider],
    apiKey: present(env[keyEnv])!,
    keyEnv,
  };
}
