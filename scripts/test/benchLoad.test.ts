import { describe, expect, it } from 'vitest';
import { loadLabel, parseFraction, parseRate, rateAtFraction, soakRate, type Load } from '../bench/loadPlan';
import { databasesOf, type Cell } from '../bench/measure';
import { GROWTH_BAND_MB_PER_MIN, leastSquaresSlope, memoryTrend, minuteFloors, verdict, type MemorySample } from '../bench/memoryTrend';
import { organisationCount, pick } from '../bench/operations';
import { percentile, runPaced, summariseLatencies } from '../bench/paced';
import { pageCacheRefaults } from '../bench/procs';
import { tableLines, tableRows } from '../bench/table';

/** Samples every `step` seconds for `seconds`, of `mb(t)`. */
const series = (seconds: number, step: number, mb: (t: number) => number): MemorySample[] =>
  Array.from({ length: Math.floor(seconds / step) + 1 }, (_, i) => ({ seconds: i * step, mb: mb(i * step) }));

describe("the drives' walk over the subjects", () => {
  it('asks for every organisation once per cycle, so that stretches of it ask for different subjects', () => {
    const population = 10_000;
    const cycle = organisationCount(population);
    expect(cycle).toBe(6_000);
    const walked = Array.from({ length: cycle }, (_, n) => pick(n, population));
    expect(new Set(walked).size).toBe(cycle);
    // Organisations only: slots 0-5 of each block of ten.
    expect(walked.every((index) => index % 10 < 6 && index < population)).toBe(true);
    const stretch = (k: number) => new Set(walked.slice(k * 1_500, (k + 1) * 1_500));
    for (const index of stretch(0)) expect(stretch(1).has(index)).toBe(false);
    expect(pick(cycle + 17, population)).toBe(pick(17, population));
  });
});

describe('the offered rates', () => {
  it('takes a fraction above 0 and at most 1, and refuses anything else', () => {
    expect(parseFraction('at-fraction', '0.5')).toBe(0.5);
    expect(parseFraction('at-fraction', '1')).toBe(1);
    expect(parseFraction('at-fraction', undefined)).toBeUndefined();
    for (const bad of ['0', '-0.5', '1.5', 'half', '']) expect(() => parseFraction('at-fraction', bad)).toThrow(/--at-fraction/);
  });

  it('takes a rate above 0', () => {
    expect(parseRate('rate', '100')).toBe(100);
    expect(parseRate('rate', undefined)).toBeUndefined();
    for (const bad of ['0', '-3', 'fast']) expect(() => parseRate('soak-rate', bad)).toThrow(/--soak-rate/);
  });

  it('offers whole requests per second at a fraction of the maximum, at least one', () => {
    expect(rateAtFraction(47.4, 0.5)).toBe(24);
    expect(rateAtFraction(46.8, 0.8)).toBe(37);
    expect(rateAtFraction(0.6, 0.5)).toBe(1);
    expect(() => rateAtFraction(0, 0.5)).toThrow(/no maximum/);
  });

  it('soaks at the rate asked, else at the fraction of the maximum measured, else measures it first', () => {
    expect(soakRate({ rate: 30, fraction: 0.8 }, 50)).toEqual({ rate: 30, basis: '30 req/s as asked' });
    expect(soakRate({ fraction: 0.8 }, 50)).toEqual({ rate: 40, basis: '0.8 x the 50.0 req/s measured closed-loop' });
    expect(soakRate({ fraction: 0.8 }, undefined)).toEqual({ measureFirst: true });
  });

  it('names the load of a row with what was offered', () => {
    expect(loadLabel({ kind: 'closed' })).toBe('max (closed)');
    expect(loadLabel({ kind: 'rate', rate: 100 })).toBe('100/s');
    expect(loadLabel({ kind: 'fraction', fraction: 0.5, rate: 24 })).toBe('0.5x max = 24/s');
  });
});

describe('memory growth over a soak', () => {
  it('fits the slope of a straight line exactly, in MB per minute, with no error', () => {
    const fit = leastSquaresSlope(series(120, 2, (t) => 200 + t / 20)); // 3 MB a minute
    expect(fit.slope).toBeCloseTo(3, 10);
    expect(fit.standardError).toBeCloseTo(0, 10);
  });

  it('has no standard error with fewer than three samples', () => {
    expect(leastSquaresSlope([{ seconds: 0, mb: 1 }, { seconds: 60, mb: 3 }])).toEqual({ slope: 2, standardError: Infinity });
    expect(leastSquaresSlope([{ seconds: 0, mb: 1 }]).standardError).toBe(Infinity);
  });

  it('calls a flat line or a fall with a level floor no growth, a climb with a rising floor growth, and the rest unclear', () => {
    // A floor over four minutes, too few to speak alone: only its slope counts.
    const floor = (slope: number, standardError = 0.1, minutes = 4) => ({ slope, standardError, minutes });
    expect(verdict({ slope: 0.5, standardError: 0.2 }, floor(0))).toBe('no growth');
    expect(verdict({ slope: -1.5, standardError: 0.2 }, floor(9))).toBe('no growth');
    expect(verdict({ slope: -4, standardError: 0.5 }, floor(-1))).toBe('no growth');
    expect(verdict({ slope: -4, standardError: 0.5 }, floor(4))).toBe('unclear');
    expect(verdict({ slope: -4, standardError: 0.5 }, null)).toBe('unclear');
    expect(verdict({ slope: 5, standardError: 0.5 }, floor(4))).toBe('growth');
    expect(verdict({ slope: 5, standardError: 0.5 }, floor(1))).toBe('unclear');
    expect(verdict({ slope: 5, standardError: 0.5 }, null)).toBe('unclear');
    expect(verdict({ slope: 1, standardError: 3 }, floor(5))).toBe('unclear');
    expect(verdict({ slope: 2.5, standardError: 0.1 }, floor(2.5), 3)).toBe('no growth');
    // Five minutes of floors or more, level within their own error: no growth whatever the second half did.
    expect(verdict({ slope: 5, standardError: 0.5 }, floor(0.5, 0.3, 5))).toBe('no growth');
    expect(verdict({ slope: -3, standardError: 4 }, floor(0.5, 0.3, 20))).toBe('no growth');
    expect(verdict({ slope: -3, standardError: 4 }, floor(0.5, 1, 20))).toBe('unclear');
    expect(verdict({ slope: -3, standardError: 4 }, floor(3.8, 1.6, 20))).toBe('unclear');
  });

  it('takes the lowest sample of each whole minute, a last partial minute with the one before', () => {
    const floors = minuteFloors(series(150, 10, (t) => 100 + (t % 60) - t / 30));
    expect(floors).toEqual([
      { seconds: 0, mb: 100 },
      { seconds: 120, mb: 96 },
    ]);
    expect(minuteFloors(series(50, 10, () => 1))).toEqual([]);
  });

  it('calls a climb between two collections unclear, not growth: the floor stays put', () => {
    // A heap that climbs 120 MB over two and a half minutes and drops back: the second half of the
    // run is one climb (steep slope), while the lows of the minutes do not rise.
    const trend = memoryTrend(series(296, 2, (t) => 80 + (t % 150) * 0.8));
    expect(trend.slope - 2 * trend.standardError).toBeGreaterThan(10);
    expect(Math.abs(trend.floorSlope!)).toBeLessThan(GROWTH_BAND_MB_PER_MIN);
    expect(trend.verdict).toBe('unclear');
  });

  it('fits only the second half: a climb while warming up, then flat, is no growth', () => {
    const trend = memoryTrend(series(300, 2, (t) => (t < 120 ? 200 + t / 4 : 230)));
    expect(trend.startMb).toBe(200);
    expect(trend.endMb).toBe(230);
    expect(trend.peakMb).toBe(230);
    expect(trend.fitted).toBe(76);
    expect(trend.slope).toBeCloseTo(0, 10);
    expect(trend.floorSlope).toBeGreaterThan(GROWTH_BAND_MB_PER_MIN);
    expect(trend.verdict).toBe('no growth');
  });

  it('sees a leak of 6 MB a minute through a sawtooth of ±4 MB', () => {
    const sawtooth = (t: number) => ((t % 10) - 5) * 0.8;
    const trend = memoryTrend(series(300, 2, (t) => 250 + t / 10 + sawtooth(t)));
    expect(trend.slope).toBeGreaterThan(5);
    expect(trend.slope).toBeLessThan(7);
    expect(trend.floorSlope).toBeGreaterThan(5);
    expect(trend.verdict).toBe('growth');
  });

  it('calls twenty minutes of collections growing taller no growth when what is left after each stays put', () => {
    // A heap that climbs and falls every 50 s, its climbs 30 MB tall for fifteen minutes and 90 MB
    // after (V8 raised its limit): the second half seems to climb, the lows stay at 100 MB.
    const heap = (t: number) => 100 + (t % 50) * (t < 900 ? 0.6 : 1.8);
    const trend = memoryTrend(series(1200, 2, heap));
    expect(trend.slope - 2 * trend.standardError).toBeGreaterThan(GROWTH_BAND_MB_PER_MIN);
    expect(trend.verdict).toBe('no growth');
    // The same with 3 MB a minute kept: the lows rise, and so the floor says so.
    const leaking = memoryTrend(series(1200, 2, (t) => heap(t) + t / 20));
    expect(leaking.floorSlope!).toBeGreaterThan(2.5);
    expect(leaking.verdict).not.toBe('no growth');
  });

  it('refuses an empty series', () => {
    expect(() => memoryTrend([])).toThrow(/no memory samples/);
  });
});

describe('latency figures', () => {
  it('takes percentiles by nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 0.5)).toBe(50);
    expect(percentile(sorted, 0.99)).toBe(99);
    expect(percentile(sorted, 1)).toBe(100);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([], 0.5)).toBe(0);
  });

  it('summarises unsorted latencies', () => {
    expect(summariseLatencies([30, 10, 20.04, 40])).toEqual({ p50: 20, p90: 40, p99: 40, max: 40 });
  });
});

describe('paced load', () => {
  it('sends rate x seconds requests numbered from the offset, and counts and samples the bad answers', async () => {
    const sent: number[] = [];
    const result = await runPaced({
      rate: 1000,
      seconds: 0.05,
      offset: 100,
      send: async (n) => {
        sent.push(n);
        if (n % 10 === 0) throw new Error('refused');
        return n % 10 === 5 ? `500 bad ${n}` : null;
      },
    });
    expect(result.requests).toBe(50);
    expect(sent).toEqual(Array.from({ length: 50 }, (_, i) => 100 + i));
    expect(result.latencies).toHaveLength(50);
    expect(result.errors).toBe(10);
    expect(result.unanswered).toBe(0);
    expect(result.firstErrors).toEqual(['transport refused', '500 bad 105', 'transport refused']);
  });

  it("says how late the generator's own stalls made it send, and counts them in the latencies", async () => {
    const result = await runPaced({
      rate: 100,
      seconds: 0.1,
      send: async (n) => {
        // The generator's event loop is blocked for 60 ms after the third request left.
        if (n === 2) {
          const until = performance.now() + 60;
          while (performance.now() < until);
        }
        return null;
      },
    });
    expect(result.lateness).toHaveLength(10);
    // Request 3 was due at 30 ms, during the stall, and could leave only after it (60 ms or later).
    expect(Math.max(...result.lateness)).toBeGreaterThanOrEqual(29);
    // A request's latency counts from when it was due, so the latencies hold the lateness.
    expect(Math.max(...result.latencies)).toBeGreaterThanOrEqual(Math.max(...result.lateness));
  });

  it('counts requests still unanswered after the drain time as errors', async () => {
    const result = await runPaced({ rate: 1000, seconds: 0.005, drainMs: 20, send: (n) => (n === 0 ? new Promise(() => {}) : Promise.resolve(null)) });
    expect(result.requests).toBe(5);
    expect(result.unanswered).toBe(1);
    expect(result.errors).toBe(1);
    expect(result.latencies).toHaveLength(4);
  });
});

describe('the table', () => {
  const cell = (gateway: string, load: Load, rps: number, p99: number, reads: Cell['reads'] = { blocksOutsideSharedBuffers: 2, pageCacheRefaults: 0 }): Cell => ({
    operation: 'profile',
    warmupRequests: 0,
    requests: Math.round(rps * 8),
    rps,
    p50: p99 / 2,
    p90: p99 * 0.8,
    p99,
    max: p99 * 2,
    errors: 0,
    firstErrors: [],
    gateway,
    load,
    sqlPerRequest: { subjects: 1 },
    cpuMsPerRequest: { [gateway]: 5 },
    reads,
  });

  it('puts the fraction row under its closed-loop row, with the median of the rounds and no ratio', () => {
    const cells = [
      cell('apollo', { kind: 'closed' }, 30, 500),
      cell('ours', { kind: 'fraction', fraction: 0.5, rate: 24 }, 24, 40),
      cell('ours', { kind: 'closed' }, 48, 600),
      cell('ours', { kind: 'closed' }, 44, 640),
      cell('ours', { kind: 'fraction', fraction: 0.5, rate: 22 }, 22, 60),
      cell('ours', { kind: 'closed' }, 46, 620),
      cell('ours', { kind: 'fraction', fraction: 0.5, rate: 23 }, 23, 50),
    ];
    const rows = tableRows(cells, ['profile'], ['ours', 'apollo']);
    expect(rows.map((r) => [r.gateway, r.load, r.rps, r.p99])).toEqual([
      ['ours', { kind: 'closed' }, 46, 620],
      ['ours', { kind: 'fraction', fraction: 0.5, rate: 23 }, 23, 50],
      ['apollo', { kind: 'closed' }, 30, 500],
    ]);
    const lines = tableLines(rows, 'ours', ['subjects']);
    expect(lines[0]).toMatch(/offered\s+served\/s/);
    expect(lines[1]).toMatch(/^profile\s+ours\s+max \(closed\)\s+46\s+310\s+620\s+0\s+1\.00x/);
    expect(lines[2]).toMatch(/^profile\s+ours\s+0\.5x max = 23\/s\s+23\.0\s+25\s+50\s+0\s+-\s/);
    expect(lines[3]).toMatch(/^profile\s+apollo\s+max \(closed\)\s+30\s+250\s+500\s+0\s+0\.65x/);
  });

  it("averages the rounds' reads, and says nothing of refaults when a round could not count them", () => {
    const closed = { kind: 'closed' } as const;
    const counted = tableRows([cell('ours', closed, 40, 100, { blocksOutsideSharedBuffers: 3, pageCacheRefaults: 1 }), cell('ours', closed, 42, 90, { blocksOutsideSharedBuffers: 4, pageCacheRefaults: 2.5 })], ['profile'], ['ours']);
    expect(counted[0]!.reads).toEqual({ blocksOutsideSharedBuffers: 3.5, pageCacheRefaults: 1.75 });
    const uncounted = tableRows([cell('ours', closed, 40, 100, { blocksOutsideSharedBuffers: 3, pageCacheRefaults: null }), cell('ours', closed, 42, 90)], ['profile'], ['ours']);
    expect(uncounted[0]!.reads).toEqual({ blocksOutsideSharedBuffers: 2.5, pageCacheRefaults: null });
  });
});

describe("the machine's page-cache refaults", () => {
  it('reads a count from /proc/vmstat that only grows', () => {
    const first = pageCacheRefaults();
    expect(first).toEqual(expect.any(Number));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(pageCacheRefaults()).toBeGreaterThanOrEqual(first!);
  });
});

describe('the bench databases of a run', () => {
  it("are matched with LIKE's wildcards escaped (backslash, PostgreSQL's default escape), so a longer prefix is not matched", () => {
    // Unescaped, `credit_bench_100000_%` matched `credit_bench_1000000_subjects` too (`_` is any character).
    expect(databasesOf('credit_bench_100000')).toBe(String.raw`credit\_bench\_100000\_%`);
    expect(databasesOf('odd%name\\')).toBe('odd\\%name\\\\\\_%');
  });
});
