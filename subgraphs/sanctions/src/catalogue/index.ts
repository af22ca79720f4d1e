/** The lists and the measures catalogue: written on start (idempotent), held in memory. */
import { sql } from 'drizzle-orm';
import type { SanctionsDb } from '../db';
import { listDefinitions, measures, type ListDefinitionRow, type ListType, type MeasureRow } from '../db/schema';
import { LIST_DEFINITIONS } from './lists';
import { MEASURES, type MeasureMatter } from './measures';

export class Catalogue {
  readonly lists: Map<ListType, ListDefinitionRow>;

  constructor(
    lists: readonly ListDefinitionRow[],
    readonly measures: readonly MeasureRow[],
  ) {
    this.lists = new Map(lists.map((list) => [list.listType, list]));
  }

  list(listType: ListType): ListDefinitionRow {
    const list = this.lists.get(listType);
    if (!list) throw new Error(`list ${listType} is not defined`);
    return list;
  }

  /** Measures a listing of this type triggers, for one matter or all. */
  measuresFor(listType: ListType, matter?: MeasureMatter): MeasureRow[] {
    return this.measures.filter((m) => m.listTypes.includes(listType) && (!matter || m.matters.includes(matter)));
  }

  measure(code: string): MeasureRow | undefined {
    return this.measures.find((m) => m.code === code);
  }

  /** List types whose listings are public, for organisations and for natural persons. */
  publicTypes(category: 'ORGANISATION' | 'NATURAL_PERSON'): ListType[] {
    return [...this.lists.values()]
      .filter((l) => (category === 'ORGANISATION' ? l.publicOrganisations : l.publicPersons))
      .map((l) => l.listType);
  }
}

/** Writes the lists and measures shipped with the code (newer wording wins) and loads them. */
export async function ensureCatalogue(db: SanctionsDb): Promise<Catalogue> {
  await db
    .insert(listDefinitions)
    .values(LIST_DEFINITIONS)
    .onConflictDoUpdate({
      target: listDefinitions.listType,
      set: {
        name: sql`excluded.name`,
        legalBasis: sql`excluded.legal_basis`,
        entryCriteria: sql`excluded.entry_criteria`,
        exitConditions: sql`excluded.exit_conditions`,
        periodMonths: sql`excluded.period_months`,
        minimumMonths: sql`excluded.minimum_months`,
        objectionDays: sql`excluded.objection_days`,
        publicOrganisations: sql`excluded.public_organisations`,
        publicPersons: sql`excluded.public_persons`,
        effectiveFrom: sql`excluded.effective_from`,
      },
    });
  await db
    .insert(measures)
    .values(MEASURES)
    .onConflictDoUpdate({
      target: measures.code,
      set: {
        name: sql`excluded.name`,
        effect: sql`excluded.effect`,
        kind: sql`excluded.kind`,
        legalBasis: sql`excluded.legal_basis`,
        listTypes: sql`excluded.list_types`,
        matters: sql`excluded.matters`,
        departments: sql`excluded.departments`,
      },
    });
  return loadCatalogue(db);
}

export async function loadCatalogue(db: SanctionsDb): Promise<Catalogue> {
  const [lists, all] = await Promise.all([
    db.select().from(listDefinitions),
    db.select().from(measures).orderBy(measures.code),
  ]);
  return new Catalogue(lists, all);
}

export { MEASURE_MATTERS, type MeasureMatter } from './measures';
