import type { CheckInput, CheckLogEntryResolvers, Grade } from '../generated/graphql';

export const CheckLogEntry: CheckLogEntryResolvers = {
  askedBy: (entry) => entry.callerId,
  grade: (entry) => (entry.inputs.rating?.grade ?? null) as Grade | null,
  measureCodes: (entry) => entry.inputs.activeMeasures?.map((m) => m.code) ?? null,
  missingInputs: (entry) =>
    [entry.inputs.rating ? null : 'RATING', entry.inputs.activeMeasures ? null : 'ACTIVE_MEASURES'].filter((x): x is CheckInput => x !== null),
};
