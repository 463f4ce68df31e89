import { BatonNotInitialisedError, defaultCollaborationMap } from '@baton/relay';
import { tempFolderForTests } from '@baton/testing';
import { describe, expect, it } from 'vitest';
import {
  collaborationMapFromNxJson,
  readWorkspaceMap,
  readWorkspaceMapOrNull,
} from './collaboration-map';
import { renderError } from './errors';

const architectureOnly = {
  models: { gpt: { provider: 'openai', model: 'gpt-4.1' } },
  phases: { architecture: { model: 'gpt', produces: 'report' } },
  order: ['architecture'],
} as const;

describe('collaborationMapFromNxJson', () => {
  it('reads the options of the @baton/nx entry, or the defaults from a bare entry', () => {
    expect(
      collaborationMapFromNxJson({
        plugins: ['@nx/js', { plugin: '@baton/nx', options: architectureOnly }],
      }),
    ).toEqual(architectureOnly);
    expect(collaborationMapFromNxJson({ plugins: ['@baton/nx'] })).toEqual(defaultCollaborationMap);
  });

  it('says to run init when Baton is not registered', () => {
    expect(() => collaborationMapFromNxJson({ plugins: ['@nx/js'] })).toThrow(
      BatonNotInitialisedError,
    );
    let error: unknown;
    try {
      collaborationMapFromNxJson({});
    } catch (caught) {
      error = caught;
    }
    expect(renderError(error)).toContain('Run `nx g @baton/nx:init`');
  });

  it('names nx.json in the error, and the entry to fix', () => {
    let error: unknown;
    try {
      collaborationMapFromNxJson({
        plugins: [{ plugin: '@baton/nx', options: { order: [], phases: {} } }],
      });
    } catch (caught) {
      error = caught;
    }
    expect(renderError(error)).toContain(
      'The collaboration map in nx.json (plugins → "@baton/nx" → options) is not valid: phases is empty',
    );
    expect(renderError(error)).toContain('Fix the options of the "@baton/nx" entry in nx.json');
  });
});

describe('readWorkspaceMap', () => {
  const folder = tempFolderForTests('baton-map-');

  it('reads nx.json from the workspace root', async () => {
    await expect(readWorkspaceMap(folder.root)).rejects.toThrow(BatonNotInitialisedError);
    await expect(readWorkspaceMapOrNull(folder.root)).resolves.toBeNull();
    folder.write('nx.json', JSON.stringify({ plugins: [{ plugin: '@baton/nx', options: {} }] }));
    expect(await readWorkspaceMap(folder.root)).toEqual(defaultCollaborationMap);
    folder.write('nx.json', '{ "plugins": [');
    await expect(readWorkspaceMap(folder.root)).rejects.toThrow(/nx.json is not valid JSON/);
  });

  // Regression: a comment in nx.json made every phase fail ("nx.json is not valid JSON").
  it('reads nx.json as Nx does: comments and trailing commas allowed', async () => {
    folder.write(
      'nx.json',
      [
        '{',
        '  // Baton relays features through these models.',
        '  "plugins": [',
        `    { "plugin": "@baton/nx", "options": ${JSON.stringify(architectureOnly)} },`,
        '  ],',
        '  /* the base branch */ "defaultBase": "main",',
        '}',
      ].join('\n'),
    );
    expect(await readWorkspaceMap(folder.root)).toEqual(architectureOnly);
  });
});
