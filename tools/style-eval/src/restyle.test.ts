import { describe, expect, it } from 'vitest';
import { restyles } from './restyle';

describe('restyling function names', () => {
  const functions = restyles.find((restyle) => restyle.convention === 'naming.functions')!;
  const text = 'export function loadUser() {\n  return 1;\n}\n';

  it('renames camelCase functions to PascalCase', () => {
    expect(functions.apply({ path: 'src/users.ts', text }, 'camelCase')?.text).toContain(
      'function LoadUser()',
    );
  });

  it('leaves a JSX file alone: a PascalCase function there is a component, in no other style', () => {
    expect(functions.apply({ path: 'src/users.tsx', text }, 'camelCase')).toBeNull();
  });
});
