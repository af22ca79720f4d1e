/**
 * Demo listings.
 *
 * - `seedListingsFromGateway(client)`: the listings consistent with the seeded serious penalties,
 *   read THROUGH THE GATEWAY (records' `Subject.records`, found by the demo population's codes with
 *   `subjectsByCodes`), imported through the gateway (`importListings`) as the credit centre. Run
 *   after the system is up (`pnpm seed:sanctions`, or the registry's after-start hook).
 * - `seedListingsOffline(db, …)`: a fast deterministic set for benchmarks, straight into this
 *   subgraph's own tables, derived from the same demo population (@credit/demo-data).
 */
import { demoSubject, Random } from '@credit/demo-data';
import { sql } from 'drizzle-orm';
import { addDays } from '@credit/calendar';
import type { SanctionsDb } from './db';
import { listings, type ListType, type NewListingRow } from './db/schema';
import type { ImportRow } from './importListings';
import { insertListings } from './importListings';
import { LIST_DEFINITIONS } from './catalogue/lists';

/** What the seed needs of a gateway client (the kit's `GatewayClient`). */
export interface GatewayQuery {
  query<T>(query: string, variables: Record<string, unknown>, options: { purpose: string }): Promise<T>;
}

const PENALTIES = `query SanctionsSeedPenalties($codes: [String!]!) {
  subjectsByCodes(codes: $codes) {
    id
    records(category: ADMINISTRATIVE_PENALTY, first: 50) { edges { node { id severityTier status penaltyCategories sourceDepartment decisionDate documentNumber violationType } } }
  }
}`;
const HONOURS = `query SanctionsSeedHonours($codes: [String!]!) {
  subjectsByCodes(codes: $codes) { id records(category: HONOUR_REWARD, first: 5) { edges { node { id status sourceDepartment decisionDate documentNumber } } } }
}`;
const IMPORT = `mutation SanctionsSeedImport($input: ImportListingsInput!) { importListings(input: $input) { imported skipped rejected results { error { code message } } } }`;

interface PenaltyNode {
  id: string;
  severityTier: string | null;
  status: string;
  penaltyCategories: string[];
  sourceDepartment: string;
  decisionDate: string;
  documentNumber: string;
  violationType: string | null;
}
type Found = { id: string; records: { edges: { node: PenaltyNode }[] } } | null;

/** Penalties that put a subject on the serious dishonesty list; other serious ones: key attention. */
const DISHONESTY_PENALTIES = ['LICENCE_REVOCATION', 'STOP_PRODUCTION', 'EMPLOYMENT_RESTRICTION', 'CLOSURE'];

/** The listings the serious penalties of one subject call for (at most one per list type). */
export function listingsForPenalties(subject: { id: string; code: string }, penalties: readonly PenaltyNode[]): ImportRow[] {
  const serious = penalties.filter((p) => p.severityTier === 'SERIOUS' && p.status === 'ACTIVE');
  if (!serious.length) return [];
  const dishonest = serious.filter((p) => p.penaltyCategories.some((c) => DISHONESTY_PENALTIES.includes(c)));
  const basis = dishonest.length ? dishonest : serious;
  const latest = [...basis].sort((a, b) => b.decisionDate.localeCompare(a.decisionDate))[0]!;
  const listType: ListType = dishonest.length ? 'SERIOUS_DISHONESTY' : 'KEY_ATTENTION';
  const notifiedOn = addDays(latest.decisionDate, 15);
  return [
    {
      subjectId: subject.id,
      subjectCode: subject.code,
      listType,
      department: latest.sourceDepartment,
      reasons: `${latest.violationType ?? '违法失信行为'}，受到严重行政处罚（${basis.map((p) => p.documentNumber).join('、')}）`,
      basisRecordIds: basis.map((p) => p.id),
      basisDocuments: basis.map((p) => p.documentNumber),
      notifiedOn,
      listedFrom: addDays(notifiedOn, 30),
    },
  ];
}

export interface GatewaySeedOptions {
  subjects: number;
  seed: number;
  /** Codes per gateway read. */
  chunk?: number;
  onProgress?: (done: number) => void;
}

/**
 * Reads the demo population's serious penalties and honours through the gateway and imports the
 * listings they call for. Idempotent: a subject already listed is skipped.
 */
export async function seedListingsFromGateway(client: GatewayQuery, options: GatewaySeedOptions): Promise<{ imported: number; skipped: number; rejected: number }> {
  // 200 codes × 50 records a read stays well under the gateway's cap on nested page sizes (20,000).
  const chunk = options.chunk ?? 200;
  const totals = { imported: 0, skipped: 0, rejected: 0 };
  for (let start = 0; start < options.subjects; start += chunk) {
    const population = Array.from({ length: Math.min(chunk, options.subjects - start) }, (_, i) => demoSubject(options.seed, start + i));
    const codes = population.map((s) => s.code);
    const [penalties, honours] = await Promise.all([
      client.query<{ subjectsByCodes: Found[] }>(PENALTIES, { codes }, { purpose: 'sanctions: listings for serious penalties' }),
      client.query<{ subjectsByCodes: Found[] }>(HONOURS, { codes }, { purpose: 'sanctions: red list for honours' }),
    ]);
    const rows: ImportRow[] = [];
    population.forEach((subject, i) => {
      const found = penalties.subjectsByCodes[i];
      if (!found) return;
      const penaltyRows = found.records.edges.map((e) => e.node);
      const listed = listingsForPenalties({ id: found.id, code: subject.code }, penaltyRows);
      rows.push(...listed);
      // Red list: organisations with an honour and no serious penalty in their file.
      const honour = honours.subjectsByCodes[i]?.records.edges.map((e) => e.node).find((n) => n.status === 'ACTIVE');
      if (honour && subject.codeType === 'CREDIT_CODE' && !penaltyRows.some((p) => p.severityTier === 'SERIOUS')) {
        const notifiedOn = addDays(honour.decisionDate, 10);
        rows.push({
          subjectId: found.id,
          subjectCode: subject.code,
          listType: 'RED_LIST',
          department: honour.sourceDepartment,
          reasons: `获评守信激励对象（${honour.documentNumber}），近三年无严重失信记录`,
          basisRecordIds: [honour.id],
          basisDocuments: [honour.documentNumber],
          notifiedOn,
          listedFrom: addDays(notifiedOn, 10),
        });
      }
    });
    if (rows.length) {
      const result = await client.query<{ importListings: { imported: number; skipped: number; rejected: number } }>(IMPORT, { input: { listings: rows } }, { purpose: 'sanctions: demo listings' });
      totals.imported += result.importListings.imported;
      totals.skipped += result.importListings.skipped;
      totals.rejected += result.importListings.rejected;
    }
    options.onProgress?.(start + population.length);
  }
  return totals;
}

/**
 * A deterministic offline set for benchmarks: a share of the demo population listed, straight into
 * this subgraph's tables (one statement per round). Listings start on dates spread over three years.
 */
export async function seedListingsOffline(
  db: SanctionsDb,
  options: { subjects: number; seed: number; share?: number; onProgress?: (done: number) => void },
): Promise<number> {
  const share = options.share ?? 0.05;
  const round = 20_000;
  let total = 0;
  for (let start = 0; start < options.subjects; start += round) {
    const rows: NewListingRow[] = [];
    for (let i = start; i < Math.min(options.subjects, start + round); i++) {
      const random = new Random(Math.imul(i + 1, 0x85ebca6b) ^ options.seed);
      if (!random.chance(share)) continue;
      const subject = demoSubject(options.seed, i);
      const listType: ListType = random.chance(0.5) ? 'SERIOUS_DISHONESTY' : random.chance(0.5) ? 'KEY_ATTENTION' : 'RED_LIST';
      const list = LIST_DEFINITIONS.find((l) => l.listType === listType)!;
      const notifiedOn = addDays('2023-12-01', random.int(0, 1000));
      const listedFrom = addDays(notifiedOn, list.objectionDays + 1);
      rows.push({
        subjectId: subject.id,
        subjectCode: subject.code,
        subjectCategory: subject.codeType === 'ID_NUMBER' ? 'NATURAL_PERSON' : 'ORGANISATION',
        listType,
        status: 'ACTIVE',
        department: random.pick(['SCJGJ', 'STHJJ', 'ZJJ', 'SWJ', 'RSJ', 'JTYSJ', 'FY']),
        reasons: '基准测试名单',
        basisRecordIds: [],
        basisDocuments: [`BENCH-${i}`],
        proposedAt: new Date(`${notifiedOn}T09:00:00+08:00`),
        proposedBy: 'demo-seed',
        notifiedOn,
        objectionDeadline: addDays(notifiedOn, list.objectionDays),
        listedFrom,
        listedUntil: addDays(listedFrom, list.periodMonths * 30),
      });
    }
    total += (await insertListings(db, rows, { actor: 'demo-seed', department: 'XYZX', now: new Date(), push: false })).length;
    options.onProgress?.(Math.min(options.subjects, start + round));
  }
  // Statistics, and the visibility map that lets cross-checks read the covering index alone.
  await db.execute(sql`vacuum (analyze) ${listings}`);
  return total;
}

export async function countListings(db: SanctionsDb): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(listings);
  return row?.n ?? 0;
}
