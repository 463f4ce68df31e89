import { z } from 'zod';

const contributor = z.strictObject({
  type: z.enum(['human', 'ai', 'mixed', 'unknown']),
  model_id: z.string().max(250).optional(),
});
/**
 * The record schema of the Agent Trace specification v0.1.0 (its `schemas/trace-record.json`),
 * written from its facts: kept apart from Baton's own reader, so a slip in one shows in the other.
 */
export const agentTraceRecordSpec = z.strictObject({
  version: z.string().regex(/^[0-9]+\.[0-9]+$/),
  id: z.uuid(),
  timestamp: z
    .string()
    .regex(/^\d{4}-\d\d-\d\dT(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?Z$/),
  vcs: z
    .strictObject({ type: z.enum(['git', 'jj', 'hg', 'svn']), revision: z.string() })
    .optional(),
  tool: z.strictObject({ name: z.string(), version: z.string() }).optional(),
  files: z.array(
    z.strictObject({
      path: z.string(),
      conversations: z.array(
        z.strictObject({
          url: z.url().optional(),
          contributor: contributor.optional(),
          ranges: z.array(
            z.strictObject({
              start_line: z.number().int().min(1),
              end_line: z.number().int().min(1),
              content_hash: z.string().optional(),
              contributor: contributor.optional(),
            }),
          ),
          related: z.array(z.strictObject({ type: z.string(), url: z.url() })).optional(),
        }),
      ),
    }),
  ),
  metadata: z.record(z.string(), z.unknown()).optional(),
});
