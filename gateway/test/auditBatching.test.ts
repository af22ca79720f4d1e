import { GATEWAY_SERVICE_CALLER, verifyCallerHeaders, type Caller } from '@credit/http';
import { describe, expect, it } from 'vitest';
import { AccessTrail } from '../src/accessTrail';
import { batchingRecorder, subjectsOverHttp, type AccessEntry } from '../src/audit';
import { keepAliveAgent } from '../src/dataSource';
import { startFakeSubgraph } from './fakeSubgraph';

const entry = (n: number, purpose = 'review'): AccessEntry => ({
  at: new Date(0).toISOString(),
  callerId: `caller-${n}`,
  department: 'SCJGJ',
  roles: ['DEPARTMENT'],
  purpose,
  operationName: `Read${n}`,
  subjectIds: ['00000000-0000-4000-8000-000000000000'],
});

/** A write that waits until the test lets it finish (or fail). */
function controlledWriter() {
  const calls: { entries: AccessEntry[]; commit: () => void; fail: (error: Error) => void }[] = [];
  const write = (entries: AccessEntry[]) =>
    new Promise<void>((resolve, reject) => calls.push({ entries, commit: resolve, fail: reject }));
  return { calls, write };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));
const state = (promise: Promise<void>) => {
  const s = { settled: 'pending' as 'pending' | 'recorded' | 'refused' };
  promise.then(
    () => (s.settled = 'recorded'),
    () => (s.settled = 'refused'),
  );
  return s;
};

describe('audit entries written in batches', () => {
  it("writes concurrent requests' entries in one call, and releases none before it commits", async () => {
    const { calls, write } = controlledWriter();
    const recorder = batchingRecorder(write);
    const records = [1, 2, 3].map((n) => state(recorder.record(entry(n))));
    await tick();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.entries.map((e) => e.callerId)).toEqual(['caller-1', 'caller-2', 'caller-3']);
    await tick();
    expect(records.map((r) => r.settled)).toEqual(['pending', 'pending', 'pending']);
    calls[0]!.commit();
    await tick();
    expect(records.map((r) => r.settled)).toEqual(['recorded', 'recorded', 'recorded']);
  });

  it('refuses every entry of a batch the log cannot take, and releases none of them', async () => {
    const { calls, write } = controlledWriter();
    const recorder = batchingRecorder(write);
    const records = [1, 2].map((n) => state(recorder.record(entry(n))));
    await tick();
    calls[0]!.fail(new Error('the database is down'));
    await tick();
    // Each entry is tried alone; those writes fail too.
    expect(calls.slice(1).map((c) => c.entries.map((e) => e.callerId))).toEqual([['caller-1'], ['caller-2']]);
    expect(records.map((r) => r.settled)).toEqual(['pending', 'pending']);
    for (const call of calls.slice(1)) call.fail(new Error('the database is down'));
    await tick();
    expect(records.map((r) => r.settled)).toEqual(['refused', 'refused']);
  });

  it('after a failed batch, records the entries the log takes and refuses only the one it does not', async () => {
    const written: string[][] = [];
    const recorder = batchingRecorder(async (entries) => {
      written.push(entries.map((e) => e.callerId));
      if (entries.some((e) => e.purpose === 'unrecordable')) throw new Error('check constraint');
    });
    const results = await Promise.allSettled([recorder.record(entry(1)), recorder.record(entry(2, 'unrecordable')), recorder.record(entry(3))]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(written[0]).toEqual(['caller-1', 'caller-2', 'caller-3']);
    expect(written.slice(1).sort()).toEqual([['caller-1'], ['caller-2'], ['caller-3']]);
  });

  it('gathers entries that arrive while the write slots are busy into the next batch', async () => {
    const { calls, write } = controlledWriter();
    const recorder = batchingRecorder(write, { concurrency: 1 });
    const first = state(recorder.record(entry(1)));
    await tick();
    const later = [2, 3, 4].map((n) => state(recorder.record(entry(n))));
    await tick();
    expect(calls).toHaveLength(1);
    calls[0]!.commit();
    await tick();
    await tick();
    expect(first.settled).toBe('recorded');
    expect(calls).toHaveLength(2);
    expect(calls[1]!.entries.map((e) => e.callerId)).toEqual(['caller-2', 'caller-3', 'caller-4']);
    expect(later.map((r) => r.settled)).toEqual(['pending', 'pending', 'pending']);
    calls[1]!.commit();
    await tick();
    expect(later.map((r) => r.settled)).toEqual(['recorded', 'recorded', 'recorded']);
  });

  it('with a batch size of 1, writes each entry on its own', async () => {
    const written: number[] = [];
    const recorder = batchingRecorder(async (entries) => void written.push(entries.length), { maxBatch: 1, concurrency: 4 });
    await Promise.all([1, 2, 3].map((n) => recorder.record(entry(n))));
    expect(written).toEqual([1, 1, 1]);
  });
});

describe("an operation's access trail", () => {
  const A = 'subject-a';
  const B = 'subject-b';

  it('starts an entry as soon as subjects are known, one per subject however often they come back, and settles after the last', async () => {
    const writes: { ids: string[]; commit: () => void }[] = [];
    const trail = new AccessTrail((ids) => new Promise<void>((resolve) => writes.push({ ids, commit: resolve })));
    expect(trail.empty).toBe(true);
    trail.add(A);
    trail.add(A);
    trail.flush();
    expect(writes.map((w) => w.ids)).toEqual([[A]]);
    // A later fetch names A again and B for the first time: only B goes in the next entry.
    trail.add(A);
    trail.add(B);
    trail.flush();
    trail.flush();
    expect(writes.map((w) => w.ids)).toEqual([[A], [B]]);
    const settled = state(trail.settled());
    writes[1]!.commit();
    await tick();
    expect(settled.settled).toBe('pending');
    writes[0]!.commit();
    await tick();
    expect(settled.settled).toBe('recorded');
    expect(trail.empty).toBe(false);
  });

  it('writes at the end what no fetch flushed, and fails when any entry failed, without an unhandled rejection before', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const written: string[][] = [];
      const trail = new AccessTrail(async (ids) => {
        written.push(ids);
        if (ids.includes(A)) throw new Error('the log refused it');
      });
      trail.add(A);
      trail.flush();
      await new Promise((resolve) => setTimeout(resolve, 20));
      trail.add(B);
      await expect(trail.settled()).rejects.toThrow('the log refused it');
      expect(written).toEqual([[A], [B]]);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

describe('the access log over HTTP', () => {
  for (const transport of ['fetch', 'keep-alive pool'] as const) {
    it(`sends the entries signed as the gateway's service and reads the answer, within its deadline (${transport})`, async () => {
      const secret = 'subjects-secret';
      const received: Caller[] = [];
      const subgraph = await startFakeSubgraph((body, headers) => {
        const caller = verifyCallerHeaders(secret, headers, JSON.parse(body) as { query: string });
        if (caller) received.push(caller);
        return caller ? '{"data":{"recordSubjectAccesses":2}}' : '{"errors":[{"message":"unsigned"}]}';
      }, 0);
      const slow = await startFakeSubgraph(() => '{"data":{"recordSubjectAccesses":1}}', 1_000);
      const agent = transport === 'fetch' ? undefined : keepAliveAgent(2);
      try {
        const call = (url: string, timeoutMs: number) => subjectsOverHttp({ url: () => url, agent: () => agent, secret, timeoutMs });
        const operation = { query: 'mutation RecordSubjectAccesses($inputs: [SubjectAccessInput!]!) { recordSubjectAccesses(inputs: $inputs) }', variables: { inputs: [] } };
        await expect(call(subgraph.url, 2_000)(operation)).resolves.toEqual({ status: 200, data: { recordSubjectAccesses: 2 } });
        expect(received).toEqual([GATEWAY_SERVICE_CALLER]);
        await expect(call(slow.url, 100)(operation)).rejects.toMatchObject({ name: 'TimeoutError' });
      } finally {
        await agent?.close();
        await Promise.all([subgraph.close(), slow.close()]);
      }
    });
  }
});
