import { checkCreditCode, checkIdNumber, kindOfCreditCode } from '@credit/identifiers';
import { describe, expect, it } from 'vitest';
import { DEMO_SEED, demoSubject } from '../src/index';

const population = Array.from({ length: 2000 }, (_, i) => demoSubject(DEMO_SEED, i));

describe('demo population', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(demoSubject(DEMO_SEED, 123)).toEqual(population[123]);
    expect(demoSubject(DEMO_SEED + 1, 123).id).not.toBe(population[123]!.id);
  });

  it('has valid, unique codes and ids', () => {
    for (const subject of population) {
      const check = subject.codeType === 'ID_NUMBER' ? checkIdNumber(subject.code) : checkCreditCode(subject.code);
      expect(check.ok, subject.code).toBe(true);
    }
    expect(new Set(population.map((s) => s.code)).size).toBe(population.length);
    expect(new Set(population.map((s) => s.id)).size).toBe(population.length);
  });

  it('mixes kinds of subject, mostly enterprises among organisations', () => {
    const kinds = population.filter((s) => s.codeType === 'CREDIT_CODE').map((s) => kindOfCreditCode(s.code));
    expect(kinds.filter((k) => k === 'ENTERPRISE').length / kinds.length).toBeGreaterThan(0.6);
    expect(new Set(kinds).size).toBeGreaterThanOrEqual(5);
    expect(population.filter((s) => s.codeType === 'ID_NUMBER').length).toBe(800);
  });

  it('relates organisations only to subjects of their own block or earlier ones', () => {
    expect(population.some((s) => s.relations.some((r) => r.kind === 'BRANCH'))).toBe(true);
    for (const subject of population) {
      const blockEnd = Math.floor(subject.index / 10) * 10 + 9;
      for (const r of subject.relations) {
        expect(r.subjectIndex).toBeLessThanOrEqual(blockEnd);
        expect(r.relatedIndex).toBeLessThanOrEqual(blockEnd);
        expect(r.subjectIndex).not.toBe(r.relatedIndex);
      }
    }
  });

  it('names a legal representative who is the related person', () => {
    const company = population[0]!;
    const representative = company.relations.find((r) => r.kind === 'LEGAL_REPRESENTATIVE')!;
    expect(company.legalRepresentative).toBe(population[representative.relatedIndex]!.name);
    expect(company.name).toMatch(/公司$/);
  });
});
