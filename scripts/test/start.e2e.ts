/**
 * `pnpm start` keeps the system available: the real entry point on free ports and a fresh data
 * directory; the records process is killed while profile requests flow through the gateway.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { postGraphQL, type GraphQLResult } from '@credit/http/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, sleep, startPlatform, until, type Platform } from './platform';

// The profile's records part: recordSummary once cross-subgraph fields are nullable in the SDL, else
// a nullable root field served by records next to the subject.
const summaryNullable = /^\s*recordSummary: RecordSummary\s*$/m.test(readFileSync(join(root, 'schema/records.graphql'), 'utf8'));
const PROFILE = summaryNullable
  ? `query Profile($code: String!) { subjectByCode(code: $code) { id name creditCode recordSummary { total } } }`
  : `query Profile($code: String!) { subjectByCode(code: $code) { id name creditCode } record: creditRecord(id: "00000000-0000-4000-8000-000000000000") { id } }`;

type Profile = GraphQLResult<{ subjectByCode: { id: string; name: string | null } | null }>;

describe('pnpm start', () => {
  let platform: Platform;
  let lines: string[];
  let ports: Record<string, number>;
  let gatewayUrl: string;

  beforeAll(async () => {
    platform = await startPlatform([], 'credit-start-');
    ({ lines, ports, gatewayUrl } = platform);
  }, 300_000);

  afterAll(() => platform?.stop(), 30_000);

  it('restarts a killed subgraph while the subject keeps arriving with a named error for the missing part', async () => {
    const found = await postGraphQL<{ searchSubjects: { edges: { node: { creditCode: string } }[] } }>(
      gatewayUrl,
      `{ searchSubjects(query: "公司", first: 1) { edges { node { creditCode } } } }`,
    );
    const code = found.data!.searchSubjects.edges[0]!.node.creditCode;
    const profile = () => postGraphQL(gatewayUrl, PROFILE, { code }) as Promise<Profile>;
    const healthy = await profile();
    expect(healthy.errors).toBeUndefined();

    const answers: Profile[] = [];
    let flowing = true;
    const flow = (async () => {
      while (flowing) {
        answers.push(await profile());
        await sleep(50);
      }
    })();

    const pid = Number([...lines].reverse().find((l) => /^records pid \d+$/.test(l))!.split(' ')[2]);
    process.kill(pid, 'SIGKILL');
    await until('the restart to be logged', () => lines.find((l) => /^records exited \(SIGKILL\); restarting in \d+\.\d s \(restart 1\)$/.test(l)), 10_000);

    const outage = await until('an answer without records', () => answers.find((a) => a.errors?.length), 20_000);
    expect(outage.data!.subjectByCode!.name).toBeTruthy();
    const unavailable = outage.errors!.find((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE');
    expect(unavailable?.extensions?.subgraph ?? unavailable?.message).toContain('records');

    // Back by itself: healthy again, and its data through the gateway.
    await until('records to be healthy again', async () => {
      const response = await fetch(`http://127.0.0.1:${ports.RECORDS}/health`).catch(() => null);
      return response?.status === 200 || undefined;
    }, 120_000);
    await until('a whole profile again', async () => {
      const answer = await profile();
      return answer.errors === undefined ? answer : undefined;
    }, 30_000);
    const catalogue = await postGraphQL<{ dataCatalog: { code: string }[] }>(gatewayUrl, `{ dataCatalog { code } }`);
    expect(catalogue.errors).toBeUndefined();
    expect(catalogue.data!.dataCatalog.length).toBeGreaterThan(0);

    flowing = false;
    await flow;
    // Every answer, during the outage too, carried the subject's own fields.
    expect(answers.length).toBeGreaterThan(5);
    expect(answers.filter((a) => !a.data?.subjectByCode?.name)).toEqual([]);
    expect(lines.some((l) => l.includes('gateway exited'))).toBe(false);
    expect(lines.some((l) => l.includes('subjects exited'))).toBe(false);
  }, 240_000);
});
