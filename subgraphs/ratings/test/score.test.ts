import { describe, expect, it } from 'vitest';
import type { PolicyRow } from '../src/db/schema';
import { scoreSubject } from '../src/evaluation/score';
import { DEFAULT_INDICATORS, DEFAULT_MODEL, DEFAULT_POLICY, DEFAULT_RULES } from '../src/model/defaults';
import type { Model } from '../src/model/load';
import { CLEAN } from './fixtures';

const model = {
  model: { effectiveTo: null, ...DEFAULT_MODEL },
  indicators: [...DEFAULT_INDICATORS],
  rules: [...DEFAULT_RULES],
} as Model;
const policy = { effectiveTo: null, ...DEFAULT_POLICY } as PolicyRow;

describe('scoring with the default model', () => {
  it('rates a clean subject with every input known A, and explains each indicator', () => {
    const scored = scoreSubject(model, policy, CLEAN, [], []);
    expect(scored).toMatchObject({ publicScore: 90, publicGrade: 'A', grade: 'A', unknownCount: 0, appliedRules: [] });
    expect(scored.values).toHaveLength(DEFAULT_INDICATORS.length);
    expect(scored.contributions.every((c) => c === 0)).toBe(true);
  });

  it('deducts per penalty up to the cap', () => {
    const scored = scoreSubject(model, policy, { ...CLEAN, seriousPenalties: 9, generalPenalties: 1 }, [], []);
    // 4 serious counted at -15, 1 general at -4.
    expect(scored.publicScore).toBe(90 - 60 - 4);
    expect(scored.grade).toBe('D');
  });

  it('treats an unknown input as unknown, never good: it costs points and caps the grade at B', () => {
    const { seriousDishonestyListings: _, ...withoutListings } = CLEAN;
    const scored = scoreSubject(model, policy, { ...withoutListings, honours: 5 }, ['A'], ['A']);
    expect(scored.unknownCount).toBe(1);
    expect(Number.isNaN(scored.values[2]!)).toBe(true);
    expect(scored.contributions[2]).toBe(-10);
    expect(scored.grade).toBe('B');
    expect(scored.appliedRules).toContain('UNKNOWN_INPUT_AT_BEST_B');
  });

  it('rates a subject on the serious dishonesty list D, whatever its industry and market ratings', () => {
    const scored = scoreSubject(model, policy, { ...CLEAN, seriousDishonestyListings: 1, honours: 5, redListListings: 1 }, ['A', 'A'], ['A']);
    expect(scored.grade).toBe('D');
    expect(scored.publicGrade).toBe('D');
    expect(scored.appliedRules).toContain('SERIOUS_DISHONESTY_IS_D');
  });

  it('combines industry and market ratings by the policy weights over the components present', () => {
    const scored = scoreSubject(model, policy, { ...CLEAN, generalPenalties: 3 }, ['D'], []);
    // public 78 (B); industry D = 20: (0.7 × 78 + 0.2 × 20) / 0.9
    expect(scored.publicScore).toBe(78);
    expect(scored.score).toBeCloseTo((0.7 * 78 + 0.2 * 20) / 0.9, 2);
    expect(scored.grade).toBe('C');
    expect(scored.industryPoints).toBe(20);
    expect(scored.marketPoints).toBeNull();
  });
});
