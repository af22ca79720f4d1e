import { describe, expect, it } from 'vitest';
import { listingsForPenalties } from '../src/demoListings';

const subject = { id: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f', code: '91350100M000100Y43' };
const penalty = (over: Record<string, unknown>) => ({
  id: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
  severityTier: 'SERIOUS',
  status: 'ACTIVE',
  penaltyCategories: ['FINE'],
  sourceDepartment: 'STHJJ',
  decisionDate: '2026-03-02',
  documentNumber: '苏园环罚〔2026〕7号',
  violationType: '超标排放大气污染物',
  ...over,
});

describe('demo listings from serious penalties', () => {
  it('lists licence revocations and the like as serious dishonesty, by the deciding department, after notice and window', () => {
    const [row] = listingsForPenalties(subject, [penalty({ penaltyCategories: ['LICENCE_REVOCATION'] }), penalty({ severityTier: 'GENERAL', id: '1b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e' })]);
    expect(row).toMatchObject({
      listType: 'SERIOUS_DISHONESTY',
      department: 'STHJJ',
      basisRecordIds: ['0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e'],
      notifiedOn: '2026-03-17',
      listedFrom: '2026-04-16',
    });
  });

  it('puts other serious penalties on the key attention list, and ignores revoked or lesser ones', () => {
    expect(listingsForPenalties(subject, [penalty({})])[0]!.listType).toBe('KEY_ATTENTION');
    expect(listingsForPenalties(subject, [penalty({ status: 'REVOKED' }), penalty({ severityTier: 'MINOR' })])).toEqual([]);
  });
});
