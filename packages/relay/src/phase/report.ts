import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CompletionResult } from '@baton/providers';
import { Document } from 'yaml';
import { withoutModelHandoff } from '../feature/model-handoff';

/** Writes a `report` phase's answer, under front matter saying who answered, from what, at what cost. */
export function writePhaseReport(
  file: string,
  {
    feature,
    phase,
    handoffPath,
    result,
  }: { feature: string; phase: string; handoffPath: string; result: CompletionResult },
): void {
  const front = new Document({
    feature,
    phase,
    handoff: handoffPath,
    model: {
      alias: result.alias,
      provider: result.provider,
      requested: result.modelRequested,
      reported: result.modelReported,
    },
    fallbackUsed: result.fallbackUsed,
    ...(result.attempts.length ? { attempts: result.attempts } : {}),
    usage: { inputTokens: result.usage.inputTokens, outputTokens: result.usage.outputTokens },
    costUsd: result.costUsd,
    durationMs: Math.round(result.durationMs),
    requestId: result.requestId,
    stopReason: result.stopReason,
  });
  mkdirSync(dirname(file), { recursive: true });
  // The handoff block goes to the next handoff, not into the report people read.
  const text = withoutModelHandoff(result.text).trimEnd();
  writeFileSync(file, `---\n${front.toString({ lineWidth: 0 })}---\n\n${text}\n`);
}
