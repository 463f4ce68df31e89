import { describe, expect, it } from 'vitest';
import { caseStylesOf, toCaseStyle } from './naming';

describe('caseStylesOf', () => {
  it.each([
    ['fetchUser', ['camelCase']],
    ['FetchUser', ['PascalCase']],
    ['HttpClient', ['PascalCase']],
    ['HTTPClient', ['camelCase', 'PascalCase']],
    ['IOError', ['camelCase', 'PascalCase']],
    ['IDs', ['PascalCase']],
    // Digits in a name's lead are no acronym (`P50KBase`, `Cl100KBase` alike).
    ['P50KBase', ['PascalCase']],
    ['MAX_RETRIES', ['UPPER_CASE']],
    ['fetch_user', ['snake_case']],
    ['fetch-user', ['kebab-case']],
    ['user', ['camelCase', 'snake_case', 'kebab-case']],
    ['URL', ['UPPER_CASE', 'PascalCase']],
    ['_private', ['camelCase', 'snake_case', 'kebab-case']],
    ['my_Var', ['other']],
    ['fromSchemaOpenApi3_1', ['camelCase']],
    ['Draft2020_12', ['PascalCase']],
    ['TLS_1_3', ['UPPER_CASE']],
    ['utf_8_decode', ['snake_case']],
    ['N', ['camelCase', 'PascalCase', 'UPPER_CASE', 'snake_case', 'kebab-case']],
    ['_i', ['camelCase', 'PascalCase', 'UPPER_CASE', 'snake_case', 'kebab-case']],
  ])('%s fits %j', (name, styles) => {
    expect(caseStylesOf(name)).toEqual(styles);
  });
});

describe('toCaseStyle', () => {
  it.each([
    ['fetch_user_data', 'camelCase', 'fetchUserData'],
    ['fetchUserData', 'snake_case', 'fetch_user_data'],
    ['maxRetries', 'UPPER_CASE', 'MAX_RETRIES'],
    ['MAX_RETRIES', 'camelCase', 'maxRetries'],
    ['parseHTTPResponse', 'kebab-case', 'parse-http-response'],
    ['user-profile', 'PascalCase', 'UserProfile'],
  ] as const)('%s as %s is %s', (name, style, expected) => {
    expect(toCaseStyle(name, style)).toBe(expected);
  });
});
