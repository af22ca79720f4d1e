import { describe, expect, it } from 'vitest';
import { INCENTIVES, RULE_SETS } from '../src/catalogue';
import type { MeasureInput } from '../src/decision';
import { eligibility } from '../src/incentives';

const negativeListTypes = RULE_SETS[0]!.negativeListTypes;
const XYD = INCENTIVES.find((i) => i.code === 'XYD-01')!;
const XYP = INCENTIVES.find((i) => i.code === 'XYP-01')!;
const rating = (grade: 'A' | 'B' | 'C' | 'D') => ({ grade, score: 80, modelVersion: 'v1', evaluatedAt: '2026-11-01T00:00:00Z' });
const punishment = (listType: string, matters: string[]): MeasureInput => ({
  measure: { code: 'P-FIN-01', name: '限制融资授信', effect: 'PUNISHMENT', legalBasis: '国发〔2016〕33号', matters },
  listing: { id: 'L-1', listType, department: 'SWJ' },
});

describe('信易+ eligibility', () => {
  it('grants when every rule is satisfied, with each rule explained', () => {
    const out = eligibility(XYD, { rating: rating('B'), activeMeasures: [], exclusions: [], negativeListTypes });
    expect(out.eligible).toBe(true);
    expect(out.failed).toEqual([]);
    expect(out.satisfied.map((s) => s.explanation)).toEqual([
      'Grade B (model v1) meets the minimum grade B',
      'No active listing on a negative list',
      'No punishment measure applies to FINANCING',
    ]);
  });

  it('names the failed rule: grade below the minimum', () => {
    const out = eligibility(XYP, { rating: rating('B'), activeMeasures: [], exclusions: [], negativeListTypes });
    expect(out.eligible).toBe(false);
    expect(out.failed).toEqual([{ rule: XYP.rules[0], explanation: 'Grade B (model v1) is below the minimum grade A' }]);
  });

  it('names a negative listing and a punishment measure on the matter', () => {
    const out = eligibility(XYD, { rating: rating('A'), activeMeasures: [punishment('KEY_ATTENTION', ['FINANCING'])], exclusions: [], negativeListTypes });
    expect(out.failed.map((f) => f.rule.kind)).toEqual(['NO_NEGATIVE_LISTING', 'NO_PUNISHMENT_MEASURE']);
    expect(out.failed[1]!.explanation).toBe('Punishment measure P-FIN-01 限制融资授信 applies (国发〔2016〕33号)');
  });

  it('names a broken commitment', () => {
    const out = eligibility(XYP, { rating: rating('A'), activeMeasures: [], exclusions: [{ commitmentId: 'c-9', department: 'ZJJ', excludedUntil: null, note: null }], negativeListTypes });
    expect(out.failed.map((f) => f.explanation)).toEqual(['Commitment c-9 was found broken by ZJJ and is not repaired']);
  });

  it('grants nothing that rests on a missing input, and names it', () => {
    const out = eligibility(XYD, { rating: undefined, activeMeasures: null, exclusions: [], negativeListTypes });
    expect(out.eligible).toBe(false);
    expect(out.missingInputs).toEqual(['RATING', 'ACTIVE_MEASURES']);
    expect(out.failed).toHaveLength(3);
  });
});
