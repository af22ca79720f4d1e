import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildASTSchema, parse, type GraphQLEnumType } from 'graphql';
import { ERROR_CODES, ROW_ERROR_CODES } from '@credit/http';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'generated' || name === 'test') return [];
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const dirs = ['gateway/src', 'packages', ...readdirSync(join(root, 'subgraphs')).map((s) => `subgraphs/${s}/src`)];
const files = dirs.flatMap((dir) => sources(join(root, dir)));

/** Row-level codes are the `RowErrorCode` and `RatingErrorCode` enums, described in the schema; they are not `extensions.code`. */
const supergraph = buildASTSchema(parse(readFileSync(join(root, 'schema/supergraph.graphql'), 'utf8')), { assumeValidSDL: true });
const enumValues = (name: string) => (supergraph.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);
const rowCodes = new Set([...enumValues('RowErrorCode'), ...enumValues('RatingErrorCode')]);

/** Every `extensions.code` the sources can send: `code: 'X'`, `badInput(…, 'X')`, `sendError(res, status, 'X', …)`. */
function codesUsed(): Map<string, string> {
  const used = new Map<string, string>();
  const patterns = [/\bcode: '([A-Z][A-Z_]+)'/g, /badInput\([^;]*?, '([A-Z][A-Z_]+)'[,)]/g, /userError\(\s*'([A-Z][A-Z_]+)'/g, /sendError\(\s*res,\s*\d+,\s*'([A-Z][A-Z_]+)'/g, /code = '([A-Z][A-Z_]+)'/g];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) if (!rowCodes.has(match[1]!)) used.set(match[1]!, relative(root, file));
    }
  }
  return used;
}

const README = readFileSync(join(root, 'README.md'), 'utf8');
const section = /## Error codes\n([\s\S]*?)\n## /.exec(README)?.[1] ?? '';
const documented = new Set([...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]!));
/** The first table of the section: the `extensions.code` values (the second is ratings' row codes). */
const documentedTable = [...(/\| code \|[^\n]*\n\|---[^\n]*\n((?:\|[^\n]*\n)+)/.exec(section)?.[1] ?? '').matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]!);

it('documents every error code a client can meet in the README ("Error codes")', () => {
  const used = codesUsed();
  for (const code of Object.keys(ERROR_CODES)) used.set(code, 'packages/http/src/errorCodes.ts (ERROR_CODES)');
  expect(used.size).toBeGreaterThan(10);
  const missing = [...used].filter(([code]) => !documented.has(code)).map(([code, file]) => `${code} (${file})`);
  expect(missing).toEqual([]);
});

it('has every code the gateway and the subgraphs send in the one catalogue (packages/http/src/errorCodes.ts)', () => {
  const missing = [...codesUsed()].filter(([code]) => !(code in ERROR_CODES)).map(([code, file]) => `${code} (${file})`);
  expect(missing).toEqual([]);
});

it('documents exactly the catalogue in the README "Error codes" table, in sync both ways', () => {
  expect(documentedTable.length).toBeGreaterThan(10);
  expect(new Set(documentedTable).size).toBe(documentedTable.length);
  expect([...documentedTable].sort()).toEqual(Object.keys(ERROR_CODES).sort());
});

it('lists every row code of the schema (RowErrorCode, RatingErrorCode) in ROW_ERROR_CODES', () => {
  const rows = [...enumValues('RowErrorCode'), ...enumValues('RatingErrorCode')];
  expect(rows.filter((code) => !(code in ROW_ERROR_CODES))).toEqual([]);
});

it('keeps the gateway and the kit on the one catalogue (no second ERROR_CODES)', () => {
  const definitions = files.filter((file) => /export const (?:[A-Z]+_)?ERROR_CODES\b/.test(readFileSync(file, 'utf8'))).map((file) => relative(root, file));
  expect(definitions).toEqual(['packages/http/src/errorCodes.ts']);
});
