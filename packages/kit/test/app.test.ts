import { listen, type Listening } from '@credit/http';
import { postAsGateway, postGraphQL } from '@credit/http/testing';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISCLOSED_SUBJECTS_EXTENSION, INTERNAL_ERROR_MESSAGE, PUBLIC_CALLER, buildSubgraph, forbidden, type BuiltSubgraph } from '../src';

const typeDefs = parse(`type Query { ok: String  refused: String  sql: String  bug: String }`);
const resolvers = {
  Query: {
    ok: () => 'ok',
    refused: () => {
      throw forbidden('Your role may not see this');
    },
    sql: () => {
      throw new Error('Failed query: select "code" from "subjects"."subject" where "code" = $1\nparams: 350102199001011234');
    },
    bug: () => {
      throw new TypeError("Cannot read properties of undefined (reading 'id')");
    },
  },
};

describe('buildSubgraph', () => {
  let built: BuiltSubgraph;
  let listening: Listening;
  const logged: string[] = [];
  beforeAll(async () => {
    built = await buildSubgraph({
      name: 'kittest',
      typeDefs,
      resolvers,
      createContext: (caller) => ({ caller, access: { disclosed: new Set(['subject-1']) } }),
      log: (line) => logged.push(line),
    });
    listening = await listen(built.app, 0);
  });
  afterAll(async () => {
    await listening?.close();
    await built?.stop();
  });

  it('answers signed calls, reports the disclosed subjects, and masks every internal error the same way', async () => {
    const result = await postAsGateway('kittest', `${listening.url}/graphql`, '{ ok refused sql bug }', undefined, PUBLIC_CALLER);
    expect(result.data).toEqual({ ok: 'ok', refused: null, sql: null, bug: null });
    expect(result.extensions?.[DISCLOSED_SUBJECTS_EXTENSION]).toEqual(['subject-1']);
    const byField = Object.fromEntries(result.errors!.map((e) => [e.path![0], e]));
    expect(byField.refused).toMatchObject({ message: 'Your role may not see this', extensions: { code: 'FORBIDDEN' } });
    for (const field of ['sql', 'bug']) expect(byField[field]).toEqual({ message: INTERNAL_ERROR_MESSAGE, path: [field], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(result)).not.toMatch(/select|params|350102|TypeError|stack/i);
    expect(logged.join('\n')).toContain('350102199001011234');
  });

  it('installs the input guard: a signed call with a NUL or an over-long string is refused before any resolver runs', async () => {
    const typed = await buildSubgraph({
      name: 'kittest',
      typeDefs: parse(`type Query { echo(text: String!): String }`),
      resolvers: { Query: { echo: (_: unknown, { text }: { text: string }) => (echoed.push(text), text) } },
      createContext: (caller) => ({ caller, access: { disclosed: new Set<string>() } }),
    });
    const echoed: string[] = [];
    const served = await listen(typed.app, 0);
    try {
      const url = `${served.url}/graphql`;
      const nul = await postAsGateway('kittest', url, 'query ($t: String!) { echo(text: $t) }', { t: 'a\u0000b' }, PUBLIC_CALLER);
      expect(nul.errors![0]!.extensions).toMatchObject({ code: 'INVALID_CHARACTERS', field: '$variables.t' });
      const literal = await postAsGateway('kittest', url, '{ echo(text: "a\\u0001b") }', undefined, PUBLIC_CALLER);
      expect(literal.errors![0]!.extensions).toMatchObject({ code: 'INVALID_CHARACTERS', field: 'text' });
      // The same text again (its parsed document cached, the literal's verdict with it): refused again.
      const again = await postAsGateway('kittest', url, '{ echo(text: "a\\u0001b") }', undefined, PUBLIC_CALLER);
      expect(again.errors![0]!.extensions).toMatchObject({ code: 'INVALID_CHARACTERS', field: 'text' });
      const long = await postAsGateway('kittest', url, 'query ($t: String!) { echo(text: $t) }', { t: 'x'.repeat(20_001) }, PUBLIC_CALLER);
      expect(long.errors![0]!.extensions).toMatchObject({ code: 'VALUE_TOO_LONG', field: '$variables.t' });
      expect(echoed).toEqual([]);
      const fine = await postAsGateway('kittest', url, 'query ($t: String!) { echo(text: $t) }', { t: 'tab\tand\nline' }, PUBLIC_CALLER);
      expect(fine.data).toEqual({ echo: 'tab\tand\nline' });
    } finally {
      await served.close();
      await typed.stop();
    }
  });

  it('runs an operation in process (`execute`) through the same pipeline as /graphql: the same answer, masking, extension and status', async () => {
    const caller = { ...PUBLIC_CALLER, id: 'officer-1', roles: ['DEPARTMENT' as const], department: 'ZJJ', purpose: 'review' };
    const query = '{ ok refused sql bug }';
    const overHttp = await postAsGateway('kittest', `${listening.url}/graphql`, query, undefined, caller);
    const inProcess = await built.execute({ query }, caller);
    expect(JSON.parse(JSON.stringify(inProcess))).toEqual(overHttp);
    expect(inProcess.status).toBe(200);
    const refused = await built.execute({ query: '{ nope }' }, caller);
    expect(refused.status).toBe(400);
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(await built.healthy()).toBe(true);
  });

  it('resolves fields without per-field plugin hooks: no cache hints are computed', async () => {
    const plain = await buildSubgraph({
      name: 'kittest',
      typeDefs: parse(`type Query { hint: String }`),
      resolvers: { Query: { hint: (_: unknown, __: unknown, ___: unknown, info: object) => typeof (info as { cacheControl?: unknown }).cacheControl } },
      createContext: (caller) => ({ caller, access: { disclosed: new Set<string>() } }),
    });
    try {
      const answer = await plain.execute({ query: '{ hint }' }, PUBLIC_CALLER);
      expect(answer.data).toEqual({ hint: 'undefined' });
    } finally {
      await plain.stop();
    }
  });

  it('refuses unsigned calls with 401 and serves /health', async () => {
    const unsigned = await postGraphQL(`${listening.url}/graphql`, '{ ok }');
    expect(unsigned.status).toBe(401);
    expect((await fetch(`${listening.url}/health`)).status).toBe(200);
  });
});
