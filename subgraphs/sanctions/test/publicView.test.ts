/**
 * What the public sees of the listings: the SQL filter the loaders use (`visibility`) and the rule
 * for one row in memory (`mayRead`) agree, with the shipped catalogue and with one that publishes no
 * list type (then the public sees nothing, never everything).
 */
import { testBackends } from '@credit/db/testing';
import { DEMO_SEED } from '@credit/demo-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ListingAccess } from '../src/access';
import { Catalogue } from '../src/catalogue';
import { LIST_DEFINITIONS } from '../src/catalogue/lists';
import { MEASURES } from '../src/catalogue/measures';
import { listings } from '../src/db/schema';
import { seedListingsOffline } from '../src/demoListings';
import { CITIZEN, startSanctions, type RunningSanctions } from './harness';

describe.each(testBackends())('the public view of listings on $name', (backend) => {
  let s: RunningSanctions;
  const today = '2026-11-26';
  beforeAll(async () => {
    s = await startSanctions(backend);
    await seedListingsOffline(s.database.db, { subjects: 400, seed: DEMO_SEED, share: 0.3 });
  }, 120_000);
  afterAll(() => s?.close());

  const visibleIds = async (catalogue: Catalogue) => {
    const access = new ListingAccess(CITIZEN, catalogue);
    const bySql = await s.database.db.select({ id: listings.id }).from(listings).where(access.visibility(today));
    const all = await s.database.db.select().from(listings);
    const inMemory = all.filter((row) => access.mayRead(row, today)).map((row) => row.id);
    return { bySql: bySql.map((row) => row.id).sort(), inMemory: inMemory.sort(), all: all.length };
  };

  it('shows the published list types in force, in SQL as in memory', async () => {
    const { bySql, inMemory, all } = await visibleIds(new Catalogue(LIST_DEFINITIONS, MEASURES));
    expect(bySql.length).toBeGreaterThan(0);
    expect(bySql.length).toBeLessThan(all);
    expect(bySql).toEqual(inMemory);
  });

  it('shows nothing when the catalogue publishes no list type', async () => {
    const unpublished = LIST_DEFINITIONS.map((list) => ({ ...list, publicOrganisations: false, publicPersons: false }));
    const { bySql, inMemory, all } = await visibleIds(new Catalogue(unpublished, MEASURES));
    expect(all).toBeGreaterThan(0);
    expect(inMemory).toEqual([]);
    expect(bySql).toEqual([]);
  });
});
