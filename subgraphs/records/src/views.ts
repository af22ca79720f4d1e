/** What resolvers of the non-row GraphQL types receive as their parent. */
import type { CreditRecordRow } from './db/schema';
import type { RecordChange, RowErrorCode } from './generated/graphql';
import type { SummaryRow } from './loaders';

export interface SubjectRef {
  id: string;
}

export interface VersionView {
  version: number;
  status: CreditRecordRow['status'];
  change: RecordChange;
  changedBy: string;
  changedAt: Date;
  reason: string | null;
  snapshot: unknown;
}

export interface RowErrorView {
  code: RowErrorCode;
  message: string;
  field: string | null;
}

export interface SubmissionView {
  index: number;
  documentNumber: string;
  outcome: 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REJECTED';
  department: string;
  error: RowErrorView | null;
}

export interface SubmitRecordsView {
  batchId: string;
  department: string;
  results: SubmissionView[];
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface RecordPageView {
  rows: CreditRecordRow[];
  hasNextPage: boolean;
}

export interface SummaryView {
  rows: SummaryRow[];
}
