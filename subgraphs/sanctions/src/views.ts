/** Shapes the resolvers hand to the types that are not plain table rows. */
import type { ListingRow, MeasureRow } from './db/schema';
import type { RowErrorCode } from './generated/graphql';

/** A reference to a subject: the subjects subgraph owns the rest. */
export interface SubjectRef {
  id: string;
}

/** A reference to a credit record: the records subgraph resolves it. */
export interface CreditRecordRef {
  id: string;
}

export interface ApplicableMeasureView {
  measure: MeasureRow;
  listing: ListingRow;
}

export interface ListingPageView {
  rows: ListingRow[];
  hasNextPage: boolean;
}

export interface RowErrorView {
  code: RowErrorCode;
  message: string;
  field?: string | null;
}

export interface CrossCheckResultView {
  index: number;
  code: string;
  valid: boolean;
  error: RowErrorView | null;
  /** The listings in force found (id, code, list); `CrossCheckResult.listings` loads them whole. */
  listings: Pick<ListingRow, 'id' | 'subjectId' | 'subjectCode' | 'listType'>[];
}

export interface CrossCheckView {
  results: CrossCheckResultView[];
  checked: number;
  invalid: number;
  listed: number;
}

export interface ImportResultView {
  index: number;
  listing: ListingRow | null;
  error: RowErrorView | null;
}
