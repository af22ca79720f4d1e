import { describe, expect, it } from 'vitest';
import type { Grade } from '../src/db/schema';
import { draw, drawCount, subjectKey } from '../src/inspection/draw';
import { subjectId } from './fixtures';

const RATIOS = { A: 0.03, B: 0.05, C: 0.2, D: 0.5 };
const INSPECTORS = Array.from({ length: 12 }, (_, i) => ({ id: `INS-${String(i).padStart(2, '0')}`, conflicts: [] as string[] }));

function strata(n: number): Record<Grade, string[]> {
  const out: Record<Grade, string[]> = { A: [], B: [], C: [], D: [] };
  for (let i = 0; i < n; i++) out[(['A', 'A', 'A', 'A', 'B', 'B', 'B', 'C', 'C', 'D'] as const)[i % 10]!].push(subjectId(i));
  return out;
}

describe('the 双随机 draw', () => {
  const population = strata(2000);

  it('gives the same plan for the same seed and another plan for another seed', () => {
    const input = { strata: population, ratios: RATIOS, inspectors: INSPECTORS, inspectorsPerSubject: 2 };
    const first = draw({ ...input, seed: '2026-Q4 SCJGJ 公开种子 7319' });
    const again = draw({ ...input, seed: '2026-Q4 SCJGJ 公开种子 7319' });
    const other = draw({ ...input, seed: '2026-Q4 SCJGJ 公开种子 7320' });
    expect(again.items).toEqual(first.items);
    expect(again.digest).toBe(first.digest);
    expect(other.digest).not.toBe(first.digest);
    const ids = (r: typeof first) => new Set(r.items.map((i) => i.subjectId));
    const overlap = [...ids(first)].filter((id) => ids(other).has(id)).length;
    expect(overlap).toBeLessThan(first.items.length);
  });

  it('follows the documented algorithm: the k smallest SHA-256 keys of each stratum', () => {
    const seed = 'published-seed';
    const result = draw({ seed, strata: population, ratios: RATIOS, inspectors: INSPECTORS, inspectorsPerSubject: 2 });
    const expectedA = [...population.A]
      .map((id) => ({ id, key: subjectKey(seed, id) }))
      .sort((a, b) => (a.key < b.key ? -1 : 1))
      .slice(0, drawCount(population.A.length, RATIOS.A))
      .map((x) => x.id)
      .sort();
    expect(result.items.filter((i) => i.grade === 'A').map((i) => i.subjectId)).toEqual(expectedA);
  });

  it('never assigns an inspector with a declared conflict, and assigns distinct inspectors', () => {
    const seed = 'conflicts';
    const plain = draw({ seed, strata: population, ratios: RATIOS, inspectors: INSPECTORS, inspectorsPerSubject: 2 });
    // Every inspector declares a conflict with the subjects it was first assigned to.
    const conflicts = new Map<string, string[]>();
    for (const item of plain.items) for (const id of item.inspectors) conflicts.set(id, [...(conflicts.get(id) ?? []), item.subjectId]);
    const declared = INSPECTORS.map((i) => ({ id: i.id, conflicts: conflicts.get(i.id) ?? [] }));
    const result = draw({ seed, strata: population, ratios: RATIOS, inspectors: declared, inspectorsPerSubject: 2 });
    expect(result.items.map((i) => i.subjectId)).toEqual(plain.items.map((i) => i.subjectId));
    for (const item of result.items) {
      expect(item.inspectors).toHaveLength(2);
      expect(new Set(item.inspectors).size).toBe(2);
      for (const id of item.inspectors) expect(conflicts.get(id) ?? []).not.toContain(item.subjectId);
    }
  });

  it('holds the sampling ratio of each grade over 20,000 subjects, and each subject is drawn with its stratum probability', () => {
    const big = strata(20_000);
    const result = draw({ seed: 'ratio', strata: big, ratios: RATIOS, inspectors: INSPECTORS, inspectorsPerSubject: 2 });
    for (const s of result.strata) {
      expect(s.drawn).toBe(Math.ceil(s.candidates * RATIOS[s.grade]));
      expect(Math.abs(s.drawn / s.candidates - RATIOS[s.grade])).toBeLessThan(0.001);
    }
    // Randomness: across 200 seeds, a fixed half of stratum D (ratio 0.5) is drawn about half the time.
    const small = strata(400);
    const watched = new Set(small.D.slice(0, 20));
    let hits = 0;
    for (let s = 0; s < 200; s++) {
      for (const item of draw({ seed: `s${s}`, strata: small, ratios: RATIOS, inspectors: INSPECTORS, inspectorsPerSubject: 2 }).items) {
        if (watched.has(item.subjectId)) hits++;
      }
    }
    const share = hits / (200 * watched.size);
    // Binomial(4000, 0.5): standard deviation 0.008; 5 sigma.
    expect(Math.abs(share - 0.5)).toBeLessThan(0.04);
    // And the inspectors are spread evenly: each of 12 gets about 2/12 of the assignments.
    const load = new Map<string, number>();
    for (const item of result.items) for (const id of item.inspectors) load.set(id, (load.get(id) ?? 0) + 1);
    const expected = (result.items.length * 2) / INSPECTORS.length;
    for (const n of load.values()) expect(Math.abs(n / expected - 1)).toBeLessThan(0.1);
  });
});
