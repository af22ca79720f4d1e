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
        RepairApplication: '../db/schema#RepairApplicationRow',
        RecordVersion: '../views#VersionView',
        RecordSubmission: '../views#SubmissionView',
        SubmitRecordsPayload: '../views#SubmitRecordsView',
        CreditRecordConnection: '../views#RecordPageView',
        RecordSummary: '../views#SummaryView',
      },
      '../context#Context',
    ),
    ...subgraph(
      'ratings',
      {
        Subject: '../views#SubjectRef',
        Rating: '../views#RatingView',
        IndustryRating: '../db/schema#IndustryRatingRow',
        MarketRating: '../db/schema#MarketRatingRow',
        CreditAgency: '../db/schema#AgencyRow',
        EvaluationModel: '../model/load#Model',
        CombinationPolicy: '../db/schema#PolicyRow',
        SamplingPolicy: '../db/schema#SamplingPolicyRow',
        EvaluationRun: '../db/schema#RunRow',
        InspectionPlan: '../db/schema#InspectionPlanRow',
        InspectionItem: '../db/schema#InspectionItemRow',
        InspectionItemConnection: '../views#ItemPageView',
        JointInspection: '../db/schema#JointInspectionRow',
        Inspector: '../db/schema#InspectorView',
        InspectionScope: '../db/schema#ScopeView',
        GradeGroup: '../views#GradeGroupView',
        PlanVerification: '../views#VerificationView',
      },
      '../context#Context',
    ),
  },
};

export default config;
