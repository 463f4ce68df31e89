import { InvalidHandoffOptionError } from '../errors';
import type { HandoffFile } from './handoff';

export function parseContext(entries: string[] | undefined): string[] {
  return (entries ?? []).map((entry) => {
    const item = entry.trim();
    if (/[\r\n]/.test(item) || !/^[^:]*\S[^:]*:\s*\S/.test(item)) {
      throw new InvalidHandoffOptionError(
        'context',
        entry,
        'each --context is one line "Key: value", e.g. --context "Performance: <2s query response"',
      );
    }
    return item;
  });
}

/** The previous handoff's key context, with keys given again replaced in place and new ones added. */
export function mergeContext(previous: readonly string[], given: readonly string[]): string[] {
  const keyOf = (item: string) => item.split(':', 1)[0]!.trim().toLowerCase();
  const merged = [...previous];
  for (const item of given) {
    const index = merged.findIndex((existing) => keyOf(existing) === keyOf(item));
    if (index === -1) merged.push(item);
    else merged[index] = item;
  }
  return merged;
}

/** `--files "schema.sql,api-routes.ts:structure"`. */
export function parseFilesOption(value: string): HandoffFile[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) =>
      entry.endsWith(':structure')
        ? { path: entry.slice(0, -':structure'.length).trim(), structureOnly: true }
        : { path: entry, structureOnly: false },
    );
}

export function oneLine(option: string, value: string): string {
  const line = value.replace(/\s+/g, ' ').trim();
  if (line === '') throw new InvalidHandoffOptionError(option, value, 'it is empty');
  return line;
}
