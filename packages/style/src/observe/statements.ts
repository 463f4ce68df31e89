import { basename } from 'node:path';
import type * as ts from 'typescript';
import { observe, type FileWalk } from './file-walk';

// The language's error classes, and DOMException, global in browsers and in Node since 17.
const builtinErrors = new Set([
  'Error',
  'TypeError',
  'RangeError',
  'SyntaxError',
  'ReferenceError',
  'EvalError',
  'URIError',
  'AggregateError',
  'DOMException',
]);

const aiAuthor =
  '(?:an?\\s+)?(?:ai\\b|chatgpt|gpt-?\\d|claude|gemini|copilot|llm\\b|openai|anthropic|(?:large\\s+)?language\\s+model|ai\\s+assistant)';
/** Where a comment's text starts on a line: after `//`, or after `/*` or `*` at the start of the line. */
const commentStart = '(?:^[ \\t]*(?:\\/\\*+|\\*)|\\/\\/+)[ \\t]*';
// Phrases models leave in code and people do not: who wrote the code, or a reply to a prompt. Each
// must open a comment line (so that prose about models, as in an SDK's docs, is not one), except the
// self-descriptions no person writes.
// One comment start before all the phrases: the pattern runs over every file's whole text.
const bannerPattern = new RegExp(
  `${commentStart}(?:${[
    `(?:this\\s+(?:file|code|module|function|class|component|implementation|script)\\s+(?:was|is|has been)\\s+)?(?:auto-?)?(?:generated|written|created|produced)\\s+(?:by|with|using)\\s+${aiAuthor}`,
    `(?:ai|llm)[- ]generated\\b`,
    // "Here is the discussion: <link>" points a reader elsewhere, as people do.
    `here(?:'s| is) (?:the|a|an|your) (?![^\\n]*https?:\\/\\/)`,
    `(?:certainly|sure|of course)[!,.]`,
    `i(?:'ve| have) (?:added|updated|implemented|created|refactored|modified|fixed|rewritten)\\b`,
    `.*?\\bas an? (?:ai|(?:large )?language model)\\b`,
  ].join('|')})`,
  'gim',
);

// The markers code generators put in a file's header (protoc, go generate, Stainless, GraphQL codegen).
const generatedMarker =
  /@generated\b|\bDO NOT EDIT\b|\bCode generated\b|\bFile generated from\b|\bauto-?generated file\b/i;

/**
 * Whether most of a file's text is one line of over a thousand characters: a bundle, minified
 * code, or data carried in a literal (a WebAssembly module in base64). No person wrote it so.
 */
export function isMostlyOneLine(text: string): boolean {
  const middle = text.length >> 1;
  if (middle < 1000) return false;
  // A line holding more than half of the text holds its middle.
  const start = text.lastIndexOf('\n', middle) + 1;
  const newline = text.indexOf('\n', middle);
  const end = newline === -1 ? text.length : newline;
  return end - start > middle;
}

/** Whether the comments before a file's first statement say a tool generated it. */
export function isGenerated(source: ts.SourceFile, text: string): boolean {
  const header = text.slice(0, source.statements[0]?.getStart(source) ?? text.length);
  return generatedMarker.test(header);
}

export function visitThrow(walk: FileWalk, node: ts.ThrowStatement): void {
  const tsc = walk.ts;
  const thrown = node.expression;
  const snippet = thrown.getText(walk.source).split('\n')[0].slice(0, 40);
  if (tsc.isNewExpression(thrown) && tsc.isIdentifier(thrown.expression)) {
    const name = thrown.expression.text;
    const builtin = builtinErrors.has(name);
    if (!builtin && !/(?:Error|Exception)$/.test(name)) return;
    observe(walk, 'errors.thrown', ['error'], node, snippet);
    // Which class to throw is one choice a file makes, however often it throws it.
    if (walk.thrownClasses.has(name)) return;
    walk.thrownClasses.add(name);
    observe(walk, 'errors.class', [builtin ? 'builtin' : 'subclass'], thrown, name);
  } else if (
    tsc.isStringLiteralLike(thrown) ||
    tsc.isTemplateExpression(thrown) ||
    tsc.isObjectLiteralExpression(thrown) ||
    tsc.isNumericLiteral(thrown)
  ) {
    observe(walk, 'errors.thrown', ['literal'], node, snippet);
  }
}

export function observeBanners(walk: FileWalk, text: string): void {
  let banners = 0;
  for (const match of text.matchAll(bannerPattern)) {
    banners++;
    const start = match.index + match[0].search(/[^\s/*]/);
    const subject = text
      .slice(start, start + 60)
      .split('\n')[0]
      .trim();
    observe(walk, 'comments.banners', ['banner'], start, subject);
  }
  if (banners === 0) {
    observe(walk, 'comments.banners', ['none'], walk.source, basename(walk.source.fileName));
  }
}
