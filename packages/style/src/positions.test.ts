import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { positionsIn } from './positions';

describe('positionsIn', () => {
  it('counts lines and columns as TypeScript does, whatever the line breaks', () => {
    const text =
      'const a = 1;\r\nconst b = 2;\rconst c = 3;\nconst d = 4;\u2028const e = 5;\u2029const f = 6;\r\n\r\nconst g = 7;';
    const source = ts.createSourceFile('sample.ts', text, ts.ScriptTarget.Latest);
    const positionOf = positionsIn(text);
    for (let position = 0; position <= text.length; position++) {
      const { line, character } = source.getLineAndCharacterOfPosition(position);
      expect(positionOf(position), `position ${position}`).toEqual({
        line: line + 1,
        column: character + 1,
      });
    }
  });

  it('puts the start of a text at line 1, column 1, and counts columns in UTF-16 code units', () => {
    expect(positionsIn('')(0)).toEqual({ line: 1, column: 1 });
    expect(positionsIn('// é😀\nx')(6)).toEqual({ line: 1, column: 7 });
    expect(positionsIn('// é😀\nx')(7)).toEqual({ line: 2, column: 1 });
  });
});
