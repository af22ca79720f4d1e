import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, visit, type ASTNode } from 'graphql';
import { expect, it } from 'vitest';

const schemaDir = join(import.meta.dirname, '../../schema');

/** Every subgraph SDL (the supergraph is generated from them). */
const files = readdirSync(schemaDir).filter((f) => f.endsWith('.graphql') && f !== 'supergraph.graphql');

/**
 * `file: Type.field(argument)` for each type, field, argument and enum value with no description.
 * An entity (a type with `@key`) is described by the subgraph that owns it: in the others its
 * type has no description (composition would take any one of them), `entities` collects those.
 */
export function undescribed(sdl: string, file = '', entities?: Map<string, string[]>): string[] {
  const missing: string[] = [];
  const path: string[] = [];
  const note = (name: string) => missing.push(`${file}: ${[...path, name].join('.')}`);
  const described = (node: ASTNode) => 'description' in node && !!node.description?.value.trim();
  const named = (node: ASTNode, enter: boolean) => {
    if (!('name' in node) || !node.name) return;
    if (enter) {
      const isEntity = node.kind === Kind.OBJECT_TYPE_DEFINITION && node.directives?.some((d) => d.name.value === 'key');
      if (isEntity && entities) {
        const list = entities.get(node.name.value) ?? [];
        if (described(node)) list.push(file);
        entities.set(node.name.value, list);
      } else if (!described(node)) note(node.kind === Kind.INPUT_VALUE_DEFINITION && path.length === 2 ? `(${node.name.value})` : node.name.value);
      path.push(node.name.value);
    } else path.pop();
  };
  const kinds = [
    Kind.OBJECT_TYPE_DEFINITION,
    Kind.INTERFACE_TYPE_DEFINITION,
    Kind.UNION_TYPE_DEFINITION,
    Kind.ENUM_TYPE_DEFINITION,
    Kind.INPUT_OBJECT_TYPE_DEFINITION,
    Kind.SCALAR_TYPE_DEFINITION,
    Kind.FIELD_DEFINITION,
    Kind.INPUT_VALUE_DEFINITION,
    Kind.ENUM_VALUE_DEFINITION,
  ] as const;
  visit(
    parse(sdl),
    Object.fromEntries(kinds.map((kind) => [kind, { enter: (node: ASTNode) => named(node, true), leave: (node: ASTNode) => named(node, false) }])),
  );
  return missing;
}

it('finds undescribed types, fields, arguments and enum values', () => {
  expect(undescribed('"A" type A { "b" b(c: Int): Int d: E } enum E { "x" X Y }')).toEqual([
    ': A.b.(c)',
    ': A.d',
    ': E',
    ': E.Y',
  ]);
});

const entities = new Map<string, string[]>();
const missing = new Map(files.map((file) => [file, undescribed(readFileSync(join(schemaDir, file), 'utf8'), file, entities)]));

it.each(files)('%s describes every type, field, argument and enum value', (file) => {
  expect(missing.get(file)).toEqual([]);
});

it('describes each entity in exactly one subgraph, the one that owns it', () => {
  const notOnce = [...entities].filter(([, describedIn]) => describedIn.length !== 1).map(([type, describedIn]) => `${type}: described in ${describedIn.length ? describedIn.join(', ') : 'no subgraph'}`);
  expect(notOnce).toEqual([]);
});
