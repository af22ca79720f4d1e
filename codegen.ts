import type { CodegenConfig } from '@graphql-codegen/cli';

/** Resolver types for each subgraph from its SDL in schema/. Run `pnpm codegen` after editing one. */
const subgraph = (name: string, mappers: Record<string, string>, context: string) => ({
  [`subgraphs/${name}/src/generated/graphql.ts`]: {
    schema: `schema/${name}.graphql`,
    plugins: ['typescript', 'typescript-resolvers'],
    config: {
      federation: true,
      useIndexSignature: true,
      enumsAsTypes: true,
      useTypeImports: true,
      contextType: context,
      mappers,
      scalars: { Date: 'string', DateTime: 'Date | string' },
    },
  },
});

const config: CodegenConfig = {
  overwrite: true,
  hooks: {},
  generates: {
    ...subgraph(
      'subjects',
      {
        Subject: '../db/schema#SubjectRow',
        SubjectRelation: '../relations#RelationView',
        RelatedSubject: '../relations#RelatedView',
        SubjectAccess: '../db/schema#AccessRow',
      },
      '../context#Context',
    ),
    ...subgraph(
      'records',
      {
        Subject: '../views#SubjectRef',
        CreditRecord: '../db/schema#CreditRecordRow',
        CatalogItem: '../db/schema#CatalogItemRow',
        Objection: '../db/schema#ObjectionRow',
        Authorisation: '../db/schema#AuthorisationRow',
        RepairApplication: '../db/schema#RepairApplicationRow',
        RecordVersion: '../views#VersionView',
        RecordSubmission: '../views#SubmissionView',
        SubmitRecordsPayload: '../views#SubmitRecordsView',
        CreditRecordConnection: '../views#RecordPageView',
        RecordSummary: '../views#SummaryView',
      },
      '../context#Context',
    ),
  },
};

export default config;
