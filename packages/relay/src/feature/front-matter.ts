import { Document, isMap, parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { splitFrontMatter } from './markdown';

export function renderFrontMatter(data: Record<string, unknown>): string {
  const document = new Document(data);
  // `drafted` stays in block style: Prettier (the pre-commit hook) breaks a long flow map over lines.
  for (const key of ['from', 'to']) {
    const node = document.get(key, true);
    if (isMap(node)) node.flow = true;
  }
  // lineWidth 0: never fold a long value onto a second line.
  return `---\n${document.toString({ lineWidth: 0 })}---\n`;
}

/**
 * The front matter, checked against `schema` (its scalars read as strings: the `failsafe` schema),
 * and the body after it; a missing, unreadable or mismatched front matter goes to `fail`.
 */
export function readFrontMatter<Schema extends z.ZodType>(
  document: string,
  schema: Schema,
  fail: (problem: string) => never,
): { data: z.output<Schema>; body: string; bodyLine: number } {
  const { frontMatter, body, bodyLine } = splitFrontMatter(document, fail);
  let yaml: unknown;
  try {
    yaml = parseYaml(frontMatter, { schema: 'failsafe' });
  } catch (error) {
    return fail(`its front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const checked = schema.safeParse(yaml);
  if (!checked.success) {
    return fail(
      `its front matter ${checked.error.issues.map(describeFrontMatterIssue).join(' and ')}`,
    );
  }
  return { data: checked.data, body, bodyLine };
}

function describeFrontMatterIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') return `has unknown key(s) ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_type' && where === '') return 'is not a map of keys and values';
  if (issue.code === 'invalid_type') return `needs "${where}"`;
  return `"${where}" ${issue.message}`;
}
