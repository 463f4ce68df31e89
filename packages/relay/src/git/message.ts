import { gitOutput } from './process';

/** The trailers of a commit message file, as git reads them (comments, continuation lines, the trailer block). */
export async function messageTrailers(
  cwd: string,
  messageFile: string,
): Promise<Array<[key: string, value: string]>> {
  const parsed = await gitOutput(cwd, ['interpret-trailers', '--parse', messageFile]);
  return parsed
    .split('\n')
    .map((line) => [line, line.indexOf(':')] as const)
    .filter(([, colon]) => colon > 0)
    .map(([line, colon]) => [line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
}
