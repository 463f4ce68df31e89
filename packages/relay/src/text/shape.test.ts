import { describe, expect, it } from 'vitest';
import { documentText, inShapeOf, lineEndingOf } from '.';

describe('text shape', () => {
  it('tells a file’s line ending by its first line break', () => {
    expect(lineEndingOf('a\r\nb\n')).toBe('\r\n');
    expect(lineEndingOf('a\nb\r\n')).toBe('\n');
    expect(lineEndingOf('one line')).toBe('\n');
    expect(documentText('\uFEFF# T\r\n\r\nVision\r\n')).toBe('# T\n\nVision\n');
  });

  it('gives new text the line ending and byte order mark of the file it replaces, never a mix', () => {
    expect(inShapeOf('\uFEFFa\r\nb\r\n', 'x\ny\r\nz\n')).toBe('\uFEFFx\r\ny\r\nz\r\n');
    expect(inShapeOf('a\nb\n', '\uFEFFx\r\ny\n')).toBe('x\ny\n');
    expect(inShapeOf('', 'x\n')).toBe('x\n');
  });
});
