/**
 * `pnpm start` keeps the system available: the real entry point on free ports and a fresh data
 * directory; the records process is killed while profile requests flow through the gateway.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { postGraphQL, type GraphQLResult } from '@credit/http/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../lib/processes';
import { SUBGRAPHS } from '../subgraphs';

const root = fileURLToPath(new URL('../..', import.meta.url));


const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

// The profile's records part: recordSummary once cross-subgraph fields are nullable in the SDL, else
// a nullable root field served by records next to the subject.
const summaryNullable = /^\s*recordSummary: RecordSummary\s*$/m.test(readFileSync(join(root, 'schema/records.graphql'), 'utf8'));
const PROFILE = summaryNullable
  ? `query Profile($code: String!) { subjectByCode(code: $code) { id name creditCode recordSummary { total } } }`
  : `query Profile($code: String!) { subjectByCode(code: $code) { id name creditCode } record: creditRecord(id: "00000000-0000-4000-8000-000000000000") { id } }`;

type Profile = GraphQLResult<{ subjectByCode: { id: string; name: string | null } | null }>;

describe('pnpm start', () => {
  let start: ChildProcess;
  const lines: string[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'credit-start-'));
  const ports: Record<string, number> = {};
  let gatewayUrl = '';

  beforeAll(async () => {
    for (const name of ['GATEWAY', ...SUBGRAPHS.map((s) => s.name.toUpperCase())]) ports[name] = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, DEMO_SUBJECTS: '60', APOLLO_TELEMETRY_DISABLED: '1' };
    // Embedded databases only: never seed a shared PostgreSQL server from a test.
    for (const key of Object.keys(env)) if (key.endsWith('DATABASE_URL')) delete env[key];
    for (const [name, port] of Object.entries(ports)) env[`${name}_PORT`] = String(port);
    start = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [start.stdout!, start.stderr!]) createInterface({ input: stream }).on('line', (line) => lines.push(line));
    gatewayUrl = `http://127.0.0.1:${ports.GATEWAY}/graphql`;
    await until('the platform to be running', () => {
      if (start.exitCode !== null) throw new Error(`start exited:\n${lines.join('\n')}`);
      return lines.some((l) => l.includes('The credit platform is running.')) || undefined;
    }, 240_000);
  }, 300_000);

  afterAll(async () => {
    if (start && start.exitCode === null) {
      const exited = new Promise((resolve) => start.once('exit', resolve));
      start.kill('SIGINT');
      await Promise.race([exited, sleep(20_000)]);
      if (start.exitCode === null) start.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

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
