import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type * as Zod from 'zod';

/**
 * Where the digest of the last profile text that passed the schema is kept: every model-written
 * commit reads the profile, and loading zod to check the same committed text again costs the hook
 * a fifth of its time.
 */
const checkedDigestPath = join('node_modules', '.cache', 'baton', 'style-profile.checked');

/** What a learned profile holds; the settings' ranges are those `baton style learn` accepts. */
function profileSchema() {
  // zod: the profile is a committed file people may edit by hand, checked as the collaboration map
  // is; loaded only for a text not checked before.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a deferred, synchronous load
  const { z } = require('zod') as typeof Zod;
  const share = z.number().min(0).max(1);
  const count = z.number().int().nonnegative();
  const departureSchema = z.looseObject({ rate: share, overdispersion: share });
  const conventionSchema = z.looseObject({
    counts: z.record(z.string(), count),
    total: count,
    shares: z.record(z.string(), share),
    enforced: z.string().nullable(),
    observed: count,
    departing: count,
    departures: z.record(z.string(), departureSchema),
    unwritten: departureSchema.optional(),
    examples: z.array(z.string()).optional(),
  });
  return z.looseObject({
    alpha: z.number().gt(0).max(0.5).optional(),
    threshold: z.number().gt(0.5).max(1).optional(),
    minSamples: count.optional(),
    files: count.optional(),
    prior: z
      .looseObject({ departures: z.number().nonnegative(), observations: z.number().nonnegative() })
      .optional(),
    pathAliases: z.array(z.string()).optional(),
    conventions: z.record(z.string(), conventionSchema),
  });
}

/**
 * What is wrong with a profile's shape (`alpha expected number, received string`), or null when it
 * holds what a learned profile holds. `text` is the file the profile was parsed from.
 */
export function profileShapeProblem(
  workspaceRoot: string,
  text: string,
  profile: unknown,
): string | null {
  const digestFile = join(workspaceRoot, checkedDigestPath);
  const digest = createHash('sha256').update(text).digest('hex');
  try {
    if (readFileSync(digestFile, 'utf8') === digest) return null;
  } catch {
    // Not checked before: check it now.
  }
  const checked = profileSchema().safeParse(profile);
  if (!checked.success) {
    const [issue] = checked.error.issues;
    return `${issue!.path.join('.') || 'it'} ${issue!.message.replace(/^Invalid input: /, '').toLowerCase()}`;
  }
  // Only into an installed workspace's node_modules, never a folder of its own making.
  if (!existsSync(join(workspaceRoot, 'node_modules'))) return null;
  try {
    mkdirSync(dirname(digestFile), { recursive: true });
    writeFileSync(digestFile, digest);
  } catch {
    // A read-only node_modules: the next run checks the text again.
  }
  return null;
}
