/** What resolvers of the non-row GraphQL types receive as their parent. */
import type { CreditCheckRow, IncentiveRow } from './db/schema';
import type { MeasureInput, RatingInput } from './decision';
import type { Eligibility } from './incentives';

/**
 * A subject as the gateway represents it to services: its id and the @requires inputs. A key that
 * is absent was not sent (its subgraph did not answer); `null` was sent empty.
 */
export interface SubjectRef {
  id: string;
  kind?: string | null;
  rating?: RatingInput | null;
  activeMeasures?: MeasureInput[] | null;
}

export interface CheckPageView {
  rows: CreditCheckRow[];
  hasNextPage: boolean;
}

export type EligibilityView = Eligibility & { incentive: IncentiveRow };
