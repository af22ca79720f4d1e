import { describe, expect, it } from 'vitest';
import { MATTERS, RULE_SETS } from '../src/catalogue';
import { decide, officerActions, type MeasureInput, type RatingInput } from '../src/decision';

const rules = RULE_SETS[0]!;
const matter = (code: string) => MATTERS.find((m) => m.code === code)!;
/** Offers green channel, 告知承诺 and 容缺受理; touches LICENSING and BIDDING. */
const BUILDING = matter('SZ-ZJ-001');
/** Offers nothing; touches BIDDING only. */
const TENDER = matter('SZ-ZJ-003');

const rating = (grade: RatingInput['grade']): RatingInput => ({ grade, score: { A: 92, B: 78, C: 55, D: 30 }[grade], modelVersion: 'GB45255-v1', evaluatedAt: '2026-11-01T00:00:00.000Z' });
const measure = (code: string, effect: 'REWARD' | 'PUNISHMENT', listType: string, matters: string[]): MeasureInput => ({
  measure: { code, name: `${code} measure`, effect, legalBasis: '《关于对失信被执行人实施联合惩戒的合作备忘录》', matters },
  listing: { id: `L-${code}`, listType, department: 'FY' },
});

describe('the credit check decision', () => {
  it('gives a green channel to grade A with no measures on a matter that offers it', () => {
    const out = decide({ matter: BUILDING, rules, rating: rating('A'), activeMeasures: [], exclusions: [] });
    expect(out.decision).toBe('GREEN_CHANNEL');
    expect(out.missingInputs).toEqual([]);
    const grade = out.reasons.find((r) => r.kind === 'GRADE')!;
    expect(grade).toMatchObject({ allows: 'GREEN_CHANNEL', grade: 'A', modelVersion: 'GB45255-v1', evaluatedAt: '2026-11-01T00:00:00.000Z' });
    expect(grade.source).toBe('ratings: grade A (score 92), model GB45255-v1, evaluated 2026-11-01T00:00:00.000Z');
    expect(grade.explanation).toContain('rule set SIP-2020.1');
  });

  it('allows a commitment for grade B', () => {
    const out = decide({ matter: BUILDING, rules, rating: rating('B'), activeMeasures: [], exclusions: [] });
    expect(out.decision).toBe('COMMITMENT_ALLOWED');
    expect(out.reasons[0]).toMatchObject({ kind: 'GRADE', allows: 'COMMITMENT_ALLOWED' });
    expect(officerActions(out.reasons)[0]).toBe('Accept a credit commitment where the matter allows it');
  });

  it('is standard when the matter offers no facilitation, whatever the grade', () => {
    const out = decide({ matter: TENDER, rules, rating: rating('A'), activeMeasures: [], exclusions: [] });
    expect(out.decision).toBe('STANDARD');
    expect(out.reasons[0]).toMatchObject({ kind: 'MATTER', allows: 'STANDARD' });
    expect(out.reasons[0]!.explanation).toBe('SZ-ZJ-003 房屋建筑工程招标投标备案 offers no credit-based facilitation: standard processing at best');
  });

  it('does not give a commitment on a matter that offers only a green channel', () => {
    const out = decide({ matter: matter('SZ-FGW-002'), rules, rating: rating('B'), activeMeasures: [], exclusions: [] });
    expect(out.decision).toBe('STANDARD');
  });

  it('restricts grade C and D', () => {
    for (const grade of ['C', 'D'] as const) {
      const out = decide({ matter: BUILDING, rules, rating: rating(grade), activeMeasures: [], exclusions: [] });
      expect(out.decision).toBe('RESTRICTED');
      expect(out.reasons[0]).toMatchObject({ kind: 'GRADE', allows: 'RESTRICTED' });
      expect(out.reasons[0]!.officerAction).toContain('key supervision');
    }
  });

  it('refuses under a punishment measure on the matter following a serious dishonesty listing, naming measure, listing and basis', () => {
    const out = decide({
      matter: BUILDING,
      rules,
      rating: rating('A'),
      activeMeasures: [measure('P-BID-01', 'PUNISHMENT', 'SERIOUS_DISHONESTY', ['BIDDING', 'GOVERNMENT_PROCUREMENT'])],
      exclusions: [],
    });
    expect(out.decision).toBe('REFUSED');
    const reason = out.reasons[0]!;
    expect(reason).toMatchObject({ kind: 'PUNISHMENT_MEASURE', allows: 'REFUSED', measureCode: 'P-BID-01', listingId: 'L-P-BID-01', listType: 'SERIOUS_DISHONESTY' });
    expect(reason.legalBasis).toBe('《关于对失信被执行人实施联合惩戒的合作备忘录》');
    expect(reason.explanation).toBe(
      'Punishment measure P-BID-01 P-BID-01 measure applies to BIDDING, following the subject\'s listing on the 严重失信主体名单 (serious dishonesty list) by FY',
    );
    expect(reason.source).toContain('measure P-BID-01 (《关于对失信被执行人实施联合惩戒的合作备忘录》) following listing L-P-BID-01');
    expect(reason.officerAction).toMatch(/^Refuse the application under/);
    // The listing itself also excludes commitments and green channels.
    expect(out.reasons.map((r) => r.kind)).toContain('LISTING');
  });

  it('restricts under a punishment measure following a key attention listing', () => {
    const out = decide({
      matter: BUILDING,
      rules,
      rating: rating('B'),
      activeMeasures: [measure('P-LIC-02', 'PUNISHMENT', 'KEY_ATTENTION', ['LICENSING'])],
      exclusions: [],
    });
    expect(out.decision).toBe('RESTRICTED');
    expect(out.reasons[0]!.officerAction).toMatch(/^Apply the restriction P-LIC-02 measure under/);
  });

  it('ignores measures on matters the approval does not touch, but a negative listing still excludes facilitation', () => {
    const out = decide({
      matter: BUILDING,
      rules,
      rating: rating('A'),
      activeMeasures: [measure('P-FLY-01', 'PUNISHMENT', 'SERIOUS_DISHONESTY', ['FLIGHTS'])],
      exclusions: [],
    });
    expect(out.decision).toBe('STANDARD');
    expect(out.reasons.map((r) => r.kind)).not.toContain('PUNISHMENT_MEASURE');
    const listing = out.reasons.find((r) => r.kind === 'LISTING')!;
    expect(listing.explanation).toBe(
      'The subject is on the 严重失信主体名单 (serious dishonesty list) (listing L-P-FLY-01, by FY): no commitment-based processing or green channel',
    );
  });

  it('names a reward measure on the matter without lowering the decision', () => {
    const out = decide({ matter: BUILDING, rules, rating: rating('A'), activeMeasures: [measure('R-LIC-01', 'REWARD', 'RED_LIST', ['LICENSING'])], exclusions: [] });
    expect(out.decision).toBe('GREEN_CHANNEL');
    const reward = out.reasons.find((r) => r.kind === 'REWARD_MEASURE')!;
    expect(reward.explanation).toBe('Reward measure R-LIC-01 R-LIC-01 measure applies to LICENSING, following the subject\'s listing on the 守信激励对象名单 (red list)');
    expect(reward.officerAction).toContain('Apply the reward');
  });

  it('excludes commitment-based processing after a broken commitment', () => {
    const out = decide({
      matter: BUILDING,
      rules,
      rating: rating('A'),
      activeMeasures: [],
      exclusions: [{ commitmentId: 'c-1', department: 'ZJJ', excludedUntil: '2027-11-01', note: '未按期补齐材料' }],
    });
    expect(out.decision).toBe('STANDARD');
    const reason = out.reasons[0]!;
    expect(reason).toMatchObject({ kind: 'BROKEN_COMMITMENT', commitmentId: 'c-1' });
    expect(reason.explanation).toBe(
      'A credit commitment (c-1) was found broken or false by ZJJ: the subject is excluded from commitment-based processing until 2027-11-01 unless repaired',
    );
    expect(reason.source).toBe('services: commitment c-1 verified BROKEN by ZJJ (未按期补齐材料)');
  });

  describe('with an input missing (fail safe)', () => {
    it('never gives a green channel or a commitment without the grade, and names it', () => {
      for (const missing of [null, undefined]) {
        const out = decide({ matter: BUILDING, rules, rating: missing, activeMeasures: [], exclusions: [] });
        expect(out.decision).toBe('STANDARD');
        expect(out.missingInputs).toEqual(['RATING']);
        const reason = out.reasons.find((r) => r.kind === 'MISSING_INPUT')!;
        expect(reason.missingInput).toBe('RATING');
        expect(reason.source).toBe('ratings: Subject.rating missing');
      }
    });

    it('says the ratings subgraph did not answer when the grade was not sent at all', () => {
      const out = decide({ matter: BUILDING, rules, rating: undefined, activeMeasures: [], exclusions: [] });
      expect(out.reasons.find((r) => r.kind === 'MISSING_INPUT')!.explanation).toMatch(/did not arrive \(the ratings subgraph did not answer\)/);
    });

    it('never gives a green channel or a commitment without the measures, even for grade A', () => {
      for (const missing of [null, undefined]) {
        const out = decide({ matter: BUILDING, rules, rating: rating('A'), activeMeasures: missing, exclusions: [] });
        expect(out.decision).toBe('STANDARD');
        expect(out.missingInputs).toEqual(['ACTIVE_MEASURES']);
        expect(out.reasons[0]!.officerAction).toMatch(/by hand/);
      }
    });

    it('still refuses on what did arrive', () => {
      const out = decide({ matter: BUILDING, rules, rating: undefined, activeMeasures: [measure('P-BID-01', 'PUNISHMENT', 'SERIOUS_DISHONESTY', ['BIDDING'])], exclusions: [] });
      expect(out.decision).toBe('REFUSED');
      expect(out.missingInputs).toEqual(['RATING']);
    });

    it('holds whatever the rules say (a rule set that would green-channel every grade)', () => {
      const lax = { ...rules, greenChannelGrades: ['A', 'B', 'C', 'D'], restrictedGrades: [] };
      const out = decide({ matter: BUILDING, rules: lax, rating: rating('B'), activeMeasures: undefined, exclusions: [] });
      expect(out.decision).toBe('STANDARD');
    });
  });

  it('orders reasons most restrictive first and lists each officer action once', () => {
    const out = decide({
      matter: BUILDING,
      rules,
      rating: rating('C'),
      activeMeasures: [measure('P-BID-01', 'PUNISHMENT', 'SERIOUS_DISHONESTY', ['BIDDING']), measure('P-LIC-01', 'PUNISHMENT', 'SERIOUS_DISHONESTY', ['LICENSING'])],
      exclusions: [],
    });
    expect(out.reasons.map((r) => r.allows)).toEqual(['REFUSED', 'REFUSED', 'RESTRICTED', 'STANDARD', 'STANDARD', 'GREEN_CHANNEL']);
    expect(new Set(officerActions(out.reasons)).size).toBe(officerActions(out.reasons).length);
  });
});
