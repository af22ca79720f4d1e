import { AggregatorRegistry, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { RetiredCounts } from '../src/clusterMetrics';

/** One worker's registry as it reports it: `served` requests, a gauge, a histogram of `served` observations. */
async function workerMetrics(served: number) {
  const registry = new Registry();
  new Counter({ name: 'served_total', help: 'served', registers: [registry] }).inc(served);
  new Gauge({ name: 'in_flight', help: 'in flight', registers: [registry] }).set(served);
  const latency = new Histogram({ name: 'latency_seconds', help: 'latency', buckets: [0.1, 1], registers: [registry] });
  for (let i = 0; i < served; i++) latency.observe(0.05);
  return registry.getMetricsAsJSON();
}

const value = (text: string, line: string) => Number(text.split('\n').find((l) => l.startsWith(`${line} `))?.slice(line.length + 1) ?? NaN);

describe("the counts of workers that exited", () => {
  it('keeps their counters and histograms, not their gauges, added to the live workers', async () => {
    const retired = new RetiredCounts();
    await retired.add(await workerMetrics(3));
    const text = await AggregatorRegistry.aggregate([await workerMetrics(2), ...retired.all]).metrics();
    expect(value(text, 'served_total')).toBe(5);
    expect(value(text, 'latency_seconds_count')).toBe(5);
    // The gauge is the live worker's alone.
    expect(value(text, 'in_flight')).toBe(2);
  });

  it('sums them into one past the limit, losing none, and counts those that exit while it sums', async () => {
    const retired = new RetiredCounts(3);
    for (const served of [1, 2, 3]) await retired.add(await workerMetrics(served));
    expect(retired.all).toHaveLength(3);
    const [fourth, fifth] = [await workerMetrics(4), await workerMetrics(5)];
    const summing = retired.add(fourth);
    // While it sums, every part still counts, and another exit is kept too.
    void retired.add(fifth);
    expect(retired.all).toHaveLength(5);
    const during = AggregatorRegistry.aggregate([...retired.all]);
    await summing;
    expect(retired.all).toHaveLength(2);
    const after = AggregatorRegistry.aggregate([...retired.all]);
    for (const text of [await during.metrics(), await after.metrics()]) {
      expect(value(text, 'served_total')).toBe(15);
      expect(value(text, 'latency_seconds_count')).toBe(15);
    }
  });
});
