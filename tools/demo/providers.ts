import { startEmulator, type EmulatorRequest } from '@baton/provider-emulator';
import { demoScript } from './script';

/** The keys the demo needs, all three, to call the real models. */
export const providerKeys = ['OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'GEMINI_API_KEY'] as const;

// Everything that points an SDK at a provider: none of it may leak into a scripted run.
const providerVariable = /^(OPENAI|ANTHROPIC|GEMINI|GOOGLE)_/;

/** Who answers the phases: the real providers, or the emulator's scripted replies. */
export interface DemoProviders {
  mode: 'real' | 'scripted';
  /** Why this mode, as a clause the demo's notice quotes. */
  reason: string;
  /** The environment the workspace's commands run with: keys, or the emulator's URLs and fake keys. */
  env: NodeJS.ProcessEnv;
  /** Every request the emulator answered (none in a real run). */
  requests: EmulatorRequest[];
  close(): Promise<void>;
}

export interface ProviderChoice {
  env: NodeJS.ProcessEnv;
  /** Use the emulator even when every key is set. */
  scripted?: boolean;
  /** The emulator appends every request here, one JSON line each. */
  requestLog?: string;
}

/**
 * The real providers when OPENAI_API_KEY, ANTHROPIC_API_KEY and GEMINI_API_KEY are all set (and
 * --scripted was not asked for); otherwise the provider emulator, started in this process.
 */
export async function chooseProviders(choice: ProviderChoice): Promise<DemoProviders> {
  const missing = providerKeys.filter((name) => !choice.env[name]);
  if (missing.length === 0 && !choice.scripted) {
    return {
      mode: 'real',
      reason: `${providerKeys.join(', ')} are set`,
      env: choice.env,
      requests: [],
      close: async () => undefined,
    };
  }
  const emulator = await startEmulator({ script: demoScript(), logFile: choice.requestLog });
  const env = Object.fromEntries(
    Object.entries(choice.env).filter(([name]) => !providerVariable.test(name)),
  );
  return {
    mode: 'scripted',
    reason: choice.scripted
      ? 'you asked for --scripted'
      : `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set (the real run needs all three)`,
    env: { ...env, ...emulator.env },
    requests: emulator.requests,
    close: () => emulator.close(),
  };
}
