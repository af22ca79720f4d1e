import { badInput, departmentFilter } from '@credit/kit';
import type { MutationResolvers } from '../generated/graphql';
import { ingest } from '../ingest';
import { fileObjection, resolveObjection } from '../objections';
import { applyForRepair, reviewRepair } from '../repair';
import { grantAuthorisation, revokeAuthorisation } from '../authorisations';

export const Mutation: MutationResolvers = {
  async submitRecords(_parent, { input: batch }, context) {
    const { access, caller, loaders } = context;
    access.assertMayAct('Only departments and the credit centre push records');
    const department = departmentFilter(batch.department) ?? caller.department;
    if (!department) throw badInput('Say which department the batch is from (`department`)', 'BAD_USER_INPUT', { field: 'department' });
    access.assertMaySubmit(department);
    const [catalog, rules, calendar] = await Promise.all([loaders.catalog(), loaders.rules(), loaders.calendar()]);
    return ingest(
      { db: context.db, directory: context.directory, catalog, rules, calendar, now: context.now },
      { department, submittedBy: caller.id, records: batch.records },
    );
  },
  fileObjection: async (_parent, { input: { recordId, reason, evidence } }, context) => ({
    objection: await fileObjection(context, recordId, reason, evidence ?? null),
  }),
  resolveObjection: async (_parent, { input: { id, outcome, note, correction } }, context) => ({
    objection: await resolveObjection(context, id, outcome, note, correction ?? null),
  }),
  applyForRepair: (_parent, { input }, context) => applyForRepair(context, input),
  reviewRepair: async (_parent, { input: { id, decision, note } }, context) => ({
    application: await reviewRepair(context, id, decision, note ?? null),
  }),
  grantAuthorisation: async (_parent, { input }, context) => ({ authorisation: await grantAuthorisation(context, input) }),
  revokeAuthorisation: async (_parent, { input }, context) => ({ authorisation: await revokeAuthorisation(context, input.id) }),
};
