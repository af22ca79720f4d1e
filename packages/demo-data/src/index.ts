export { inDemoBatches, type DemoSeedOptions } from './batches';
export {
  demoSubject,
  isOrganisationIndex,
  type DemoRelation,
  type DemoRelationKind,
  type DemoStatus,
  type DemoSubject,
} from './population';
export { Random } from './random';
export { REGIONS, INDUSTRIES } from './words';

/** The seed every demo data set is drawn from unless told otherwise. */
export const DEMO_SEED = 20201116;
