import type { RecordSummaryResolvers } from '../generated/graphql';

export const RecordSummary: RecordSummaryResolvers = {
  total: ({ rows }) => rows.reduce((sum, row) => sum + row.count, 0),
  byCategory({ rows }) {
    const counts = new Map<(typeof rows)[number]['category'], number>();
    for (const row of rows) counts.set(row.category, (counts.get(row.category) ?? 0) + row.count);
    return [...counts].map(([category, count]) => ({ category, count })).sort((a, b) => a.category.localeCompare(b.category));
  },
  penaltiesByTier({ rows }) {
    const counts = new Map<'MINOR' | 'GENERAL' | 'SERIOUS', number>();
    for (const row of rows) {
      if (row.category === 'ADMINISTRATIVE_PENALTY' && row.tier) counts.set(row.tier, (counts.get(row.tier) ?? 0) + row.count);
    }
    return (['MINOR', 'GENERAL', 'SERIOUS'] as const).filter((tier) => counts.has(tier)).map((tier) => ({ tier, count: counts.get(tier)! }));
  },
  lastDecisionDate: ({ rows }) => rows.reduce<string | null>((last, row) => (row.lastDecisionDate && (!last || row.lastDecisionDate > last) ? row.lastDecisionDate : last), null),
};
