import { snapshotOf } from '../snapshot';
import type { CreditRecordResolvers } from '../generated/graphql';
import { publicityStatus } from '../publicity';

/** The party fields and the history go through the caller's access (src/access.ts, rules in src/policy.ts). */
export const CreditRecord: CreditRecordResolvers = {
  // Other subgraphs cite records by id: one batched query per request, under the caller's access
  // (a record it may not see, or that does not exist, is null).
  __resolveReference: async (reference, { access, loaders }) => access.show(await loaders.recordById.load(reference.id)),
  subject: (row) => ({ id: row.subjectId }),
  // No policy hides a name outright (src/policy.ts: shown, surname or pseudonym).
  partyName: (row, _args, { access }) => access.party(row, 'partyName') ?? '**',
  partyCode: (row, _args, { access }) => access.party(row, 'partyCode'),
  legalRepresentative: (row, _args, { access }) => access.party(row, 'legalRepresentative'),
  publicity: (row, _args, { today }) => ({
    status: publicityStatus(row, today),
    publishFrom: row.publishFrom,
    publishUntil: row.publishUntil,
    earliestRepairDate: row.earliestRepairDate,
    ruleSet: row.ruleSet,
  }),
  objections: (row, _args, { access, loaders }) => (access.policy.internal ? loaders.objectionsOf.load(row.id) : []),
  async versions(row, _args, { access, loaders }) {
    if (!access.policy.internal) return [];
    const earlier = await loaders.versionsOf.load(row.id);
    const shown = (snapshot: unknown) => access.snapshot(row, snapshot as Record<string, unknown>);
    return [
      ...earlier.map((v) => ({ version: v.version, status: v.status, change: v.change, changedBy: v.changedBy, changedAt: v.changedAt, reason: v.reason, snapshot: shown(v.snapshot) })),
      { version: row.version, status: row.status, change: row.change, changedBy: row.changedBy, changedAt: row.changedAt, reason: row.changeReason, snapshot: shown(snapshotOf(row)) },
    ];
  },
};
