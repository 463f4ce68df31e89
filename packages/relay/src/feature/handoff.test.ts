import { productHandoff, sampleHandoff } from '@baton/testing';
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { MalformedHandoffError } from '../errors';
import {
  featurePaths,
  handoffEntries,
  handoffFileName,
  latestHandoff,
  nextHandoffNumber,
  parseHandoff,
  parseHandoffFileName,
  readHandoffReferences,
  renderHandoff,
  type HandoffDocument,
} from './handoff';
import { parseFeature, renderFeature } from './feature-document';

const productExample = productHandoff;
/** The same document as Baton writes it: blank lines around the lists, so it renders as meant. */
const renderedExample = productHandoff
  .replace('---\n## Handoff: gpt → gemini\n', '---\n\n## Handoff: gpt → gemini\n\n')
  .replace('**Key Context**:\n', '**Key Context**:\n\n')
  .replace('records\n**Files to Reference**:\n', 'records\n\n**Files to Reference**:\n\n');
const exampleName = '002-architecture-to-data-processing.md';

const exampleDocument = sampleHandoff();

describe('handoff documents', () => {
  it('reads the documented example', () => {
    expect(parseHandoff(productExample, `packages/analytics/handoffs/${exampleName}`)).toEqual(
      exampleDocument,
    );
  });

  it('writes the documented example as Markdown that Prettier leaves byte for byte', async () => {
    const rendered = renderHandoff(exampleDocument);
    expect(rendered).toBe(renderedExample);
    expect(await format(rendered, { parser: 'markdown' })).toBe(rendered);
    expect(parseHandoff(rendered, exampleName)).toEqual(exampleDocument);
  });

  it('keeps a handoff a model drafted Prettier-stable, its marks and open decisions included', async () => {
    const drafted = {
      ...exampleDocument,
      drafted: {
        by: 'gpt',
        model: ['completed', 'keyContext.0', 'keyContext.1', 'files.0', 'files.1', 'notes'],
      },
      notes: '**Open Decisions**:\n\n- Date-range limits per role\n- Export rate limits',
    };
    const rendered = renderHandoff(drafted);
    expect(await format(rendered, { parser: 'markdown' })).toBe(rendered);
    expect(parseHandoff(rendered, exampleName)).toEqual(drafted);
  });

  it('keeps a handoff with empty lists Prettier-stable', async () => {
    const empty = renderHandoff({ ...exampleDocument, keyContext: [], files: [] });
    expect(await format(empty, { parser: 'markdown' })).toBe(empty);
  });

  it('round-trips documents with awkward values', () => {
    const awkward: HandoffDocument = {
      ...exampleDocument,
      number: 12,
      feature: 'a-b',
      from: { phase: 'start', model: 'gpt' },
      to: { phase: 'go-to-market', model: 'local.v2' },
      base: '0012345',
      created: '2026-01-02T03:04:05.678Z',
      featureTitle: 'Quotes "here", a colon: and # hash',
      completed: '',
      nextPhase: 'go-to-market: write the copy',
      keyContext: [],
      files: [{ path: 'docs/a file (v2).md', structureOnly: false }],
      notes: 'Loose ends:\n\n- the export format is open\n  and still debated',
    };
    const name = handoffFileName(12, 'start', 'go-to-market');
    const text = renderHandoff(awkward);
    expect(parseHandoff(text, name)).toEqual(awkward);
    expect(renderHandoff(parseHandoff(text, name))).toBe(text);
    expect(text).toContain('base: "0012345"');
  });

  it('reads a document back after Prettier has formatted it', () => {
    // What `prettier` 3 makes of the canonical form: blank lines, and the bold line after a list indented.
    const formatted = renderedExample.replace(
      'records\n\n**Files to Reference**:\n\n',
      'records\n  **Files to Reference**:\n',
    );
    expect(parseHandoff(formatted, exampleName)).toEqual(exampleDocument);
  });

  it('names the file and the line in a malformed document', () => {
    const broken = productExample.replace('**Completed**', '**Done**');
    expect(() => parseHandoff(broken, exampleName)).toThrow(MalformedHandoffError);
    expect(() => parseHandoff(broken, exampleName)).toThrow(
      `${exampleName} is not a valid Baton document: line 10 is "**Done**: Architecture design, API structure" where "**Completed**: <what is done>" was expected.`,
    );
  });

  it('reads a handoff saved with a byte-order mark, or with CRLF line endings, as the same handoff', () => {
    const plain = parseHandoff(productExample, exampleName);
    expect(parseHandoff(`\uFEFF${productExample}`, exampleName)).toEqual(plain);
    expect(parseHandoff(productExample.replaceAll('\n', '\r\n'), exampleName)).toEqual(plain);
  });

  it('refuses front matter that is missing, broken, incomplete or has unknown keys', () => {
    expect(() => parseHandoff(productExample.slice(4), exampleName)).toThrow(
      'does not start with YAML front matter',
    );
    expect(() =>
      parseHandoff(productExample.replace('base: 3f2c1e0', 'base: [3f'), exampleName),
    ).toThrow('its front matter is not valid YAML');
    expect(() => parseHandoff(productExample.replace('base: 3f2c1e0\n', ''), exampleName)).toThrow(
      'its front matter needs "base"',
    );
    expect(() => parseHandoff(productExample.replace('base:', 'bsae:'), exampleName)).toThrow(
      'its front matter needs "base" and has unknown key(s) bsae',
    );
  });

  it('refuses a file name that disagrees with the front matter, or a heading that does', () => {
    expect(() => parseHandoff(productExample, '002-architecture-to-tests.md')).toThrow(
      'so it should be named 002-architecture-to-data-processing.md',
    );
    expect(() => parseHandoff(productExample, 'notes.md')).toThrow(
      'its name is not NNN-<from>-to-<to>.md',
    );
    expect(() =>
      parseHandoff(productExample.replace('gpt → gemini', 'gpt → claude'), exampleName),
    ).toThrow(
      'its heading hands off from gpt to claude, but its front matter says from gpt to gemini',
    );
  });

  it('will not write a field that would break the format', () => {
    expect(() => renderHandoff({ ...exampleDocument, completed: 'a\nb' })).toThrow(
      /completed must be one line/,
    );
  });
});

describe('the files a handoff references, as the project graph reads them', () => {
  it('reads the files parseHandoff reads, from the body alone', () => {
    expect(readHandoffReferences(productExample, exampleName)).toEqual(
      parseHandoff(productExample, exampleName).files,
    );
    expect(readHandoffReferences(productExample, exampleName)).not.toEqual([]);
    const formatted = renderedExample.replace(
      'records\n\n**Files to Reference**:\n\n',
      'records\n  **Files to Reference**:\n',
    );
    expect(readHandoffReferences(formatted, exampleName)).toEqual(exampleDocument.files);
  });

  it('leaves the front matter to parseHandoff, and refuses a body it cannot read', () => {
    const badFront = productExample.replace('base: 3f2c1e0\n', '');
    expect(() => parseHandoff(badFront, exampleName)).toThrow('its front matter needs "base"');
    expect(readHandoffReferences(badFront, exampleName)).toEqual(exampleDocument.files);
    const broken = productExample.replace('**Completed**', '**Done**');
    expect(() => readHandoffReferences(broken, exampleName)).toThrow(
      `${exampleName} is not a valid Baton document: line 10 is "**Done**: Architecture design, API structure" where "**Completed**: <what is done>" was expected.`,
    );
    expect(() => readHandoffReferences(productExample.slice(4), exampleName)).toThrow(
      MalformedHandoffError,
    );
  });
});

describe('handoff file names', () => {
  it('numbers with three digits', () => {
    expect(handoffFileName(1, 'start', 'architecture')).toBe('001-start-to-architecture.md');
    expect(handoffFileName(1000, 'a', 'b')).toBe('1000-a-to-b.md');
  });

  it('reads names and paths, and nothing else', () => {
    expect(
      parseHandoffFileName('packages/x/handoffs/002-architecture-to-data-processing.md'),
    ).toEqual({
      number: 2,
      from: 'architecture',
      to: 'data-processing',
    });
    expect(parseHandoffFileName('FEATURE.md')).toBeNull();
    expect(parseHandoffFileName('02-a-to-b.md')).toBeNull();
    expect(parseHandoffFileName('002-a-to-b.md.bak')).toBeNull();
  });

  it('finds the latest handoff and the next number in a folder listing', () => {
    const names = [
      'FEATURE.md',
      'reports',
      '002-architecture-to-data-processing.md',
      '001-start-to-architecture.md',
      'ledger.jsonl',
    ];
    expect(handoffEntries(names).map((entry) => entry.number)).toEqual([1, 2]);
    expect(latestHandoff(names)?.name).toBe('002-architecture-to-data-processing.md');
    expect(latestHandoff(names, 'architecture')?.name).toBe('001-start-to-architecture.md');
    expect(latestHandoff(names, 'tests')).toBeNull();
    expect(latestHandoff([])).toBeNull();
    expect(nextHandoffNumber(names)).toBe(3);
    expect(nextHandoffNumber(['FEATURE.md'])).toBe(1);
  });

  it('places the files in the project', () => {
    expect(featurePaths('packages/analytics').handoff('001-start-to-architecture.md')).toBe(
      'packages/analytics/handoffs/001-start-to-architecture.md',
    );
    expect(featurePaths('.').feature).toBe('handoffs/FEATURE.md');
    expect(featurePaths('packages/analytics').reports).toBe('packages/analytics/handoffs/reports');
  });
});

describe('referenced files with names Markdown reads as markup', () => {
  it('keeps every path as written through Prettier, the pre-commit hook’s formatter', async () => {
    const paths = [
      'src/__tests__/query.test.ts',
      'src/__mocks__/*.ts',
      'app/[id]/(group)/page #1 %20.ts',
      '-dash.ts',
      '1. first.md',
      'src/日本/é file.ts',
      'lib/<T>&.ts',
      'plain/file.ts',
    ];
    const doc = {
      ...exampleDocument,
      files: paths.map((path, index) => ({ path, structureOnly: index % 2 === 0 })),
    };
    const rendered = renderHandoff(doc);
    const formatted = await format(rendered, { parser: 'markdown' });
    expect(parseHandoff(formatted, exampleName)).toEqual(doc);
    expect(readHandoffReferences(formatted, exampleName)).toEqual(doc.files);
    expect(formatted).toBe(rendered);
    // A path with nothing Markdown would change is written bare, as before.
    expect(rendered).toContain('\n- plain/file.ts\n');
    expect(rendered).toContain('\n- `src/__tests__/query.test.ts` (structure only)\n');
  });
});

describe('FEATURE.md', () => {
  it('round-trips the vision, with and without a feature name', () => {
    const named = {
      feature: 'dashboard',
      title: 'User analytics dashboard',
      vision: 'User analytics dashboard: real-time metrics.\n\nAnd exports.',
    };
    expect(renderFeature(named)).toBe(
      '---\nfeature: dashboard\n---\n# User analytics dashboard\n\nUser analytics dashboard: real-time metrics.\n\nAnd exports.\n',
    );
    expect(parseFeature(renderFeature(named))).toEqual(named);
    const plain = { title: 'Export', vision: 'CSV export' };
    expect(renderFeature(plain)).toBe('# Export\n\nCSV export\n');
    expect(parseFeature(renderFeature(plain))).toEqual(plain);
  });

  it('names the file when it cannot be read', () => {
    expect(() => parseFeature('no heading\n', 'packages/a/handoffs/FEATURE.md')).toThrow(
      'packages/a/handoffs/FEATURE.md is not a valid Baton document: line 1 is "no heading" where "# <feature title>" was expected',
    );
    expect(() => parseFeature('---\nfeatrue: x\n---\n# T\n\nV\n')).toThrow(
      'has unknown key(s) featrue',
    );
  });
});

describe('documents from other checkouts', () => {
  const crlf = (text: string) => text.replace(/\n/g, '\r\n');
  const feature =
    '---\nfeature: dashboard\n---\n# Dashboard\n\nMetrics.\n\n## Acceptance criteria\n\n1. Under 2s\n';
  const path = `packages/analytics/handoffs/${exampleName}`;

  it('reads a handoff and FEATURE.md with CRLF, a byte order mark or no final newline as with LF', () => {
    for (const shape of [
      crlf,
      (text: string) => `\uFEFF${text}`,
      (text: string) => `\uFEFF${crlf(text)}`,
      (text: string) => text.trimEnd(),
    ]) {
      expect(parseHandoff(shape(productExample), path)).toEqual(exampleDocument);
      expect(parseFeature(shape(feature))).toEqual(parseFeature(feature));
    }
  });
});

describe('a handoff in a folder with spaces', () => {
  it('names the command that restores it as a shell reads it', () => {
    expect(() => parseFeature('no heading\n', 'apps/my app/handoffs/FEATURE.md')).toThrow(
      "restore it with `git restore 'apps/my app/handoffs/FEATURE.md'` if it is committed",
    );
  });
});

describe('FEATURE.md acceptance criteria', () => {
  it('are written numbered under their heading and read back', () => {
    const doc = {
      title: 'Dashboard',
      vision: 'Metrics for admins.',
      criteria: ['Under 2s', 'Validated ranges'],
    };
    const text = renderFeature(doc);
    expect(text).toBe(
      '# Dashboard\n\nMetrics for admins.\n\n## Acceptance criteria\n\n1. Under 2s\n2. Validated ranges\n',
    );
    expect(parseFeature(text)).toEqual(doc);
    expect(parseFeature('# Dashboard\n\nMetrics.\n')).toEqual({
      title: 'Dashboard',
      vision: 'Metrics.',
    });
  });
});
