import type { EvaluationRow, Grade, InspectionItemRow } from './db/schema';
import type { Verification } from './inspection/plans';

/** A reference to a subject owned by the subjects subgraph. */
export interface SubjectRef {
  id: string;
}

/** An evaluation with its run's date and input notes. */
export type RatingView = EvaluationRow & { asOf: string; inputNotes: Record<string, string> };

export interface ItemPageView {
  nodes: InspectionItemView[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface GradeGroupView {
  key: string | null;
  total: number;
  grades: { grade: Grade; count: number }[];
}

export type VerificationView = Verification & { planId: string };

/** A drawn subject with its kind (from the plan's evaluation run): natural persons are never named to the public. */
export type InspectionItemView = InspectionItemRow & { kind: string | null };
