import { scalars } from '@credit/kit';
import type { Resolvers } from '../generated/graphql';
import { Authorisation } from './Authorisation';
import { CreditRecord } from './CreditRecord';
import { Mutation } from './Mutation';
import { Objection } from './Objection';
import { Query } from './Query';
import { RecordSubmission } from './RecordSubmission';
import { RecordSummary } from './RecordSummary';
import { RecordVersion } from './RecordVersion';
import { CreditRecordConnection } from './CreditRecordConnection';
import { RepairApplication } from './RepairApplication';
import { Subject } from './Subject';
import { SubmitRecordsPayload } from './SubmitRecordsPayload';

export const resolvers: Resolvers = {
  ...scalars,
  Query,
  Mutation,
  Subject,
  CreditRecord,
  CreditRecordConnection,
  RecordSummary,
  RecordVersion,
  RecordSubmission,
  Objection,
  RepairApplication,
  SubmitRecordsPayload,
  Authorisation,
};
