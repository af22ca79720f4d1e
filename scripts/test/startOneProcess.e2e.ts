/**
 * `pnpm start --subgraphs-in-one-process`: the real entry point on free ports and a fresh data
 * directory; every subgraph answers through the gateway from one process, and SIGINT stops it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { postGraphQL } from '@credit/http/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentToken } from '../../gateway/src/identity';
import { freePort, NODE_RUNTIME_OPTIONS } from '../lib/processes';
import { SUBGRAPHS } from '../subgraphs';
import { root, startPlatform, until, type Platform } from './platform';

/** The processes `pid` started, with their command lines. */
function childrenOf(pid: number): { pid: number; command: string }[] {
  return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
    readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8')
      .split(' ')
      .filter(Boolean)
      .map((child) => ({ pid: Number(child), command: readFileSync(`/proc/${child}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ') })),
  );
}

// README's first example, the credit profile, one field or more from each of the five subgraphs.
const PROFILE = `query CreditProfile($code: String!) {
  subjectByCode(code: $code) {
    name creditCode
    recordSummary { total }
    rating { grade }
    listings { id }
    commitments { id }
    creditCheck(matterCode: "SZ-ZJ-001", applicationId: "ONE-PROCESS-1") { decision }
  }
}`;

interface Profile {
  subjectByCode: {
    name: string;
    recordSummary: { total: number } | null;
    rating: { grade: string } | null;
    listings: unknown[] | null;
    commitments: unknown[] | null;
    creditCheck: { decision: string } | null;
  } | null;
}

describe('pnpm start --subgraphs-in-one-process', () => {
  let platform: Platform;
  let start: ChildProcess;
  let lines: string[];
  let dataDir: string;
  let ports: Record<string, number>;
  let gatewayUrl: string;

  beforeAll(async () => {
    platform = await startPlatform(['--subgraphs-in-one-process'], 'credit-one-process-');
    ({ start, lines, dataDir, ports, gatewayUrl } = platform);
  }, 300_000);

  afterAll(() => platform?.stop(), 30_000);

  it('serves every subgraph through the gateway from one process, and stops it and its databases on SIGINT', async () => {
    // Two Node.js processes (besides tsx's esbuild service): the gateway and one holding every
    // subgraph, each subgraph on its own port, both with the platform's Node.js options.
    const children = childrenOf(start.pid!).filter((c) => c.command.startsWith(process.execPath));
    expect(children.map((c) => c.command.replace(`${process.execPath} `, '')).sort()).toEqual(
      ['gateway/src/main.built.mjs', 'scripts/allSubgraphs.built.mjs'].map((main) => [...NODE_RUNTIME_OPTIONS, main].join(' ')),
    );
    expect(lines.filter((l) => /^\w+ pid \d+$/.test(l)).map((l) => l.split(' ')[0])).toEqual(['subgraphs', 'gateway']);
    for (const entry of SUBGRAPHS) {
      expect(lines.some((l) => l.startsWith(`[subgraphs] ${entry.name} subgraph (pglite) ready at http://127.0.0.1:${ports[entry.name.toUpperCase()]}/graphql`))).toBe(true);
      expect(existsSync(join(dataDir, entry.name))).toBe(true);
    }

    const token = await developmentToken({ sub: 'one-process-test', dept: 'ZJJ', roles: ['DEPARTMENT'] });
    const headers = { authorization: `Bearer ${token}`, purpose: 'one-process-test' };
    const found = await postGraphQL<{ searchSubjects: { edges: { node: { creditCode: string } }[] } }>(
      gatewayUrl,
      `{ searchSubjects(query: "公司", first: 1) { edges { node { creditCode } } } }`,
    );
    const code = found.data!.searchSubjects.edges[0]!.node.creditCode;
    // The rating appears once the after-start evaluation run (through the gateway) completes.
    const profile = await until('a profile with a rating', async () => {
      const answer = await postGraphQL<Profile>(gatewayUrl, PROFILE, { code }, headers);
      expect(answer.errors).toBeUndefined();
      return answer.data!.subjectByCode!.rating ? answer.data!.subjectByCode! : undefined;
    }, 120_000);
    expect(profile.name).toBeTruthy();
    expect(profile.recordSummary!.total).toBeGreaterThanOrEqual(0);
    expect(profile.rating!.grade).toMatch(/^[ABCD]$/);
    expect(Array.isArray(profile.listings)).toBe(true);
    expect(Array.isArray(profile.commitments)).toBe(true);
    expect(profile.creditCheck!.decision).toBeTruthy();

    const [subgraphs] = children.filter((c) => c.command.includes('allSubgraphs'));
    const exited = new Promise<number | null>((resolve) => start.once('exit', resolve));
    start.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(existsSync(`/proc/${subgraphs!.pid}`)).toBe(false);
    expect(lines.some((l) => l.includes('shutdown failed'))).toBe(false);
  }, 240_000);
});

describe('the subgraphs in one process (scripts/allSubgraphs.ts)', () => {
  it('exits with code 1 and names the subgraph that could not start', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'credit-one-process-'));
    // The records port is taken.
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, RECORDS_PORT: String((taken.address() as { port: number }).port) };
    for (const key of Object.keys(env)) if (key.endsWith('DATABASE_URL')) delete env[key];
    for (const entry of SUBGRAPHS) if (entry.name !== 'records') env[`${entry.name.toUpperCase()}_PORT`] = String(await freePort());
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/allSubgraphs.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
      const output: string[] = [];
      for (const stream of [child.stdout!, child.stderr!]) createInterface({ input: stream }).on('line', (line) => output.push(line));
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect(code).toBe(1);
      expect(output.filter((l) => l.includes('failed to start'))).toEqual([expect.stringMatching(/^records subgraph failed to start: .*EADDRINUSE/)]);
    } finally {
      taken.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
