import { maskIdNumber } from '@credit/identifiers';
import { isPrivileged, mayManage } from '../access';
import { snapshotOf } from '../snapshot';
import type { CreditRecordResolvers } from '../generated/graphql';
import { publicityStatus } from '../publicity';

export const CreditRecord: CreditRecordResolvers = {
  subject: (row) => ({ id: row.subjectId }),
  // A person's ID number in full only for the credit centre and the department that reported it.
  partyCode: (row, _args, { caller }) =>
    row.partyCategory === 'NATURAL_PERSON' && !mayManage(caller, row.sourceDepartment) ? maskIdNumber(row.partyCode) : row.partyCode,
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
    const masked = row.partyCategory === 'NATURAL_PERSON' && !mayManage(caller, row.sourceDepartment);
    const shown = (snapshot: unknown) => {
      const fields = snapshot as Record<string, unknown>;
      return masked && typeof fields.party_code === 'string' ? { ...fields, party_code: maskIdNumber(fields.party_code) } : fields;
    };
    return [
      ...earlier.map((v) => ({ version: v.version, status: v.status, change: v.change, changedBy: v.changedBy, changedAt: v.changedAt, reason: v.reason, snapshot: shown(v.snapshot) })),
      { version: row.version, status: row.status, change: row.change, changedBy: row.changedBy, changedAt: row.changedAt, reason: row.changeReason, snapshot: shown(snapshotOf(row)) },
    ];
  },
};

