import { maskIdNumber } from '@credit/identifiers';
import { isPrivileged } from '../access';
import { snapshotOf } from '../snapshot';
import type { CreditRecordResolvers } from '../generated/graphql';
import { publicityStatus } from '../publicity';

export const CreditRecord: CreditRecordResolvers = {
  subject: (row) => ({ id: row.subjectId }),
  partyCode: (row, _args, { caller }) =>
    row.partyCategory === 'NATURAL_PERSON' && !isPrivileged(caller) ? maskIdNumber(row.partyCode) : row.partyCode,
  publicity: (row, _args, { today }) => ({
    status: publicityStatus(row, today),
    publishFrom: row.publishFrom,
    publishUntil: row.publishUntil,
    earliestRepairDate: row.earliestRepairDate,
    ruleSet: row.ruleSet,
  }),
  objections: (row, _args, { caller, loaders }) => (isPrivileged(caller) ? loaders.objectionsOf.load(row.id) : []),
  async versions(row, _args, { caller, loaders }) {
    if (!isPrivileged(caller)) return [];
    const earlier = await loaders.versionsOf.load(row.id);
    return [
      ...earlier.map((v) => ({ version: v.version, status: v.status, change: v.change, changedBy: v.changedBy, changedAt: v.changedAt, reason: v.reason, snapshot: v.snapshot })),
      { version: row.version, status: row.status, change: row.change, changedBy: row.changedBy, changedAt: row.changedAt, reason: row.changeReason, snapshot: snapshotOf(row) },
    ];
  },
};

