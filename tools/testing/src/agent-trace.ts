import { z } from 'zod';

// The specification's definitions, one constant each, composed into the record as its schema does.
const contributor = z.strictObject({
  type: z.enum(['human', 'ai', 'mixed', 'unknown']),
  model_id: z.string().max(250).optional(),
});
const range = z.strictObject({
  start_line: z.number().int().min(1),
  end_line: z.number().int().min(1),
  content_hash: z.string().optional(),
  contributor: contributor.optional(),
});
const relatedResource = z.strictObject({ type: z.string(), url: z.url() });
const conversation = z.strictObject({
  url: z.url().optional(),
  contributor: contributor.optional(),
  ranges: z.array(range),
  related: z.array(relatedResource).optional(),
});
const file = z.strictObject({ path: z.string(), conversations: z.array(conversation) });

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
  files: z.array(file),
  metadata: z.record(z.string(), z.unknown()).optional(),
});
