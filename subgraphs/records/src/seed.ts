/**
 * Demo credit records for the demo population: licences and penalties with consistent 双公示
 * fields, a share of serious cases, honours, tax and court records, some objections and repairs.
 * Subjects are regenerated with `demoSubject(seed, i)` (same ids and codes as the subjects
 * subgraph), never read from another subgraph's tables. Set-based and safe to run again.
 */
import { demoSubject, inDemoBatches, isOrganisationIndex, Random, REGIONS, type DemoSeedOptions, type DemoSubject } from '@credit/demo-data';
import { departmentName } from '@credit/departments';
import { creditCodeCheckCharacter } from '@credit/identifiers';
import { unnestInsert } from '@credit/db';
import { getTableColumns, sql } from 'drizzle-orm';
import { addDays, addMonths, chinaDate, WorkingCalendar } from '@credit/calendar';
import type { RecordsDb } from './db';
import {
  creditRecords,
  ingestBatches,
  objections,
  recordVersions,
  repairApplications,
  type NewCreditRecordRow,
} from './db/schema';
import type { RecordInput } from './generated/graphql';
import { buildRecordRow, type RowContext } from './ingest';
import { CATALOG, ensureReferenceData, PUBLICITY_RULES } from './referenceData';
import { snapshotOf } from './snapshot';
import { isRowError, validateRow } from './validation';

/** Subjects per round: rows of one round go in a few multi-row statements. */
const SUBJECTS_PER_ROUND = 2000;
/** Every column: the rows come whole from `buildRecordRow`. */
const RECORD_COLUMNS = Object.keys(getTableColumns(creditRecords)) as (keyof NewCreditRecordRow & string)[];
const SEED_USER = 'demo-seed';
/** Decisions in the demo fall between these days; "today" for the demo is the last one. */
const FIRST_DECISION = Date.UTC(2023, 6, 1);
const LAST_DECISION = Date.UTC(2026, 10, 20);

const catalog = new Map(CATALOG.map((item) => [item.code, { ...item, registersParties: item.registersParties ?? false }]));

const REGION_NAMES = new Map<string, string>(REGIONS.map((region) => [region.code, region.name]));

/**
 * The number each department's demo authority code carries (its position here, from 1). Fixed: the
 * demo credit codes, and the tests and benchmark databases built on them, must not change.
 */
const AUTHORITY_NUMBERING = ['SCJGJ', 'STHJJ', 'ZJJ', 'SWJ', 'RSJ', 'JTYSJ', 'FY', 'XYZX'];

/** The deciding authority sits in the party's city: 苏州工业园区 → 苏州市, 昆山 → 昆山市. */
export function authority(department: string, regionCode: string): { name: string; code: string } {
  const number = AUTHORITY_NUMBERING.indexOf(department) + 1;
  if (number === 0) throw new Error(`department ${department} has no demo authority number`);
  const region = REGION_NAMES.get(regionCode) ?? '';
  const city = /^(南京|苏州|无锡)/.exec(region)?.[1] ?? region;
  const first17 = `11${regionCode.padEnd(6, '0').slice(0, 6)}MB${String(number).padStart(7, '0')}`;
  return { name: `${city}市${departmentName(department)}`, code: first17 + creditCodeCheckCharacter(first17) };
}

interface PenaltyKind {
  weight: number;
  penalties: string[];
  fine?: [number, number];
  confiscated?: [number, number];
  content: (fine: number | null, confiscated: number | null) => string;
  validYears?: number;
}

/** A realistic mix: mostly fines, some warnings, a share of serious cases. */
const PENALTY_KINDS: PenaltyKind[] = [
  { weight: 38, penalties: ['FINE'], fine: [0.05, 20], content: (f) => `罚款${f}万元` },
  { weight: 14, penalties: ['WARNING'], content: () => '警告' },
  { weight: 6, penalties: ['CIRCULATED_CRITICISM'], content: () => '通报批评' },
  { weight: 16, penalties: ['FINE', 'CONFISCATION'], fine: [1, 50], confiscated: [0.1, 10], content: (f, c) => `罚款${f}万元，没收违法所得${c}万元` },
  { weight: 8, penalties: ['WARNING', 'FINE'], fine: [0.05, 0.3], content: (f) => `警告，罚款${f}万元` },
  { weight: 6, penalties: ['LICENCE_SUSPENSION', 'FINE'], fine: [5, 30], content: (f) => `暂扣许可证件三个月，罚款${f}万元` },
  { weight: 4, penalties: ['LICENCE_REVOCATION'], content: () => '吊销许可证件' },
  { weight: 3, penalties: ['STOP_PRODUCTION', 'FINE'], fine: [10, 80], content: (f) => `责令停产停业，罚款${f}万元`, validYears: 1 },
  { weight: 3, penalties: ['FINE'], fine: [100, 500], content: (f) => `罚款${f}万元` },
  { weight: 2, penalties: ['EMPLOYMENT_RESTRICTION'], content: () => '五年内不得从事相关生产经营活动', validYears: 5 },
];
const PENALTY_POOL = PENALTY_KINDS.flatMap((kind) => Array<PenaltyKind>(kind.weight).fill(kind));

const VIOLATIONS: Record<string, [string, string, string][]> = {
  SCJGJ: [
    ['销售不符合食品安全标准的食品', '经抽检，当事人销售的食品不符合食品安全标准。', '《中华人民共和国食品安全法》第一百二十四条'],
    ['发布虚假广告', '当事人在网络平台发布含有虚假内容的广告。', '《中华人民共和国广告法》第五十五条'],
    ['未按规定公示年度报告', '当事人未在规定期限内报送年度报告。', '《企业信息公示暂行条例》第十八条'],
  ],
  STHJJ: [
    ['超标排放大气污染物', '在线监测数据显示当事人颗粒物排放浓度超标。', '《中华人民共和国大气污染防治法》第九十九条'],
    ['未批先建', '当事人建设项目环境影响评价文件未经批准擅自开工建设。', '《中华人民共和国环境影响评价法》第三十一条'],
  ],
  ZJJ: [
    ['未取得施工许可擅自施工', '当事人未取得施工许可证擅自开工建设。', '《建筑工程施工许可管理办法》第十二条'],
    ['违反工程建设强制性标准', '经检查，当事人施工中违反工程建设强制性标准。', '《建设工程质量管理条例》第六十四条'],
  ],
  SWJ: [['未按期申报纳税', '当事人未按照规定期限办理纳税申报。', '《中华人民共和国税收征收管理法》第六十二条']],
  RSJ: [['未依法缴纳社会保险费', '当事人未按时足额缴纳社会保险费。', '《中华人民共和国社会保险法》第八十六条']],
  JTYSJ: [['未取得道路运输经营许可从事经营', '当事人未取得道路运输经营许可擅自从事道路运输经营。', '《中华人民共和国道路运输条例》第六十三条']],
};
const PENALTY_ITEMS: Record<string, string> = { SCJGJ: 'SCJG-CF-01', STHJJ: 'STHJ-CF-01', ZJJ: 'ZJ-CF-01', SWJ: 'SW-CF-01', RSJ: 'RS-CF-01', JTYSJ: 'JT-CF-01' };
const LICENCE_ITEMS = [
  ['SCJG-XK-01', '食品经营许可证', 'ORDINARY', '预包装食品（含冷藏冷冻食品）销售'],
  ['SCJG-XK-02', '全国工业产品生产许可证', 'APPROVAL', '电线电缆产品生产'],
  ['STHJ-XK-01', '排污许可证', 'ORDINARY', '废水、废气污染物排放'],
  ['ZJ-XK-01', '建筑工程施工许可证', 'ORDINARY', '房屋建筑工程施工'],
  ['ZJ-XK-02', '建筑业企业资质证书', 'RECOGNITION', '施工总承包二级'],
  ['JT-XK-01', '道路运输经营许可证', 'FRANCHISE', '道路普通货物运输'],
] as const;

function day(random: Random): string {
  return new Date(FIRST_DECISION + random.int(0, (LAST_DECISION - FIRST_DECISION) / 86_400_000) * 86_400_000).toISOString().slice(0, 10);
}

const money = (random: Random, [min, max]: [number, number]) => Math.round((min + random.next() * (max - min)) * 100) / 100;

interface SeedRecord {
  input: RecordInput;
  department: string;
  /** Working days between decision and receipt (over 5 is late). */
  lag: number;
}

function party(subject: DemoSubject) {
  const person = subject.codeType === 'ID_NUMBER';
  const business = subject.code.startsWith('92');
  return {
    partyName: subject.name,
    partyCategory: person ? 'NATURAL_PERSON' : business ? 'INDIVIDUAL_BUSINESS' : 'LEGAL_PERSON',
    partyCode: subject.code,
    legalRepresentative: person ? null : subject.legalRepresentative,
  } as const;
}

/** The demo records of subject `i`: a pure function of (seed, i). */
export function demoRecords(seed: number, i: number): SeedRecord[] {
  const subject = demoSubject(seed, i);
  const random = new Random(Math.imul(i + 7, 0x2545f491) ^ seed ^ 0x5eed);
  const out: SeedRecord[] = [];
  const lag = () => (random.chance(0.93) ? random.int(1, 4) : random.int(6, 15));
  const organisation = isOrganisationIndex(i);
  const issuedBy = (department: string) => {
    const { name, code } = authority(department, subject.regionCode);
    return { authority: name, authorityCode: code, sourceUnit: name, sourceUnitCode: code };
  };

  if (organisation) {
    const licences = random.chance(0.6) ? random.int(1, 2) : 0;
    for (let n = 0; n < licences; n++) {
      const [item, name, category, content] = random.pick(LICENCE_ITEMS);
      const department = catalog.get(item)!.department;
      const decisionDate = day(random);
      const years = random.int(3, 5);
      out.push({
        department,
        lag: lag(),
        input: {
          ...party(subject),
          catalogItem: item,
          category: 'ADMINISTRATIVE_LICENCE',
          documentNumber: `${item}-${decisionDate.slice(0, 4)}-${i}-${n}`,
          documentName: `准予行政许可决定书（${name}）`,
          licenceCategory: category,
          certificateName: name,
          certificateNumber: `${item.replace(/-/g, '')}${String(i).padStart(8, '0')}${n}`,
          content,
          decisionDate,
          validFrom: decisionDate,
          validTo: random.chance(0.1) ? '2099-12-31' : addDays(addMonths(decisionDate, years * 12), -1),
          ...issuedBy(department),
        },
      });
    }
    if (random.chance(0.1)) {
      const decisionDate = day(random);
      out.push({ department: 'SWJ', lag: lag(), input: { ...party(subject), catalogItem: 'SW-NS-02', category: 'HONOUR_REWARD', documentNumber: `A-${decisionDate.slice(0, 4)}-${i}`, content: `${decisionDate.slice(0, 4)}年度纳税信用A级纳税人`, decisionDate } });
    }
    if (random.chance(0.15)) {
      const decisionDate = day(random);
      const grade = random.pick(['A', 'B', 'M', 'C', 'D']);
      out.push({ department: 'SWJ', lag: lag(), input: { ...party(subject), catalogItem: 'SW-NS-01', category: 'TAX', documentNumber: `NS-${decisionDate.slice(0, 7)}-${i}`, content: `纳税信用等级${grade}级`, decisionDate } });
    }
    if (subject.status === 'ABNORMAL') {
      const decisionDate = day(random);
      out.push({ department: 'SCJGJ', lag: lag(), input: { ...party(subject), catalogItem: 'SCJG-YC-01', category: 'ABNORMAL_OPERATION', documentNumber: `YC-${i}`, content: '未按照规定期限公示年度报告，列入经营异常名录', decisionDate } });
    }
    if (random.chance(0.03)) {
      const decisionDate = day(random);
      out.push({ department: 'FY', lag: lag(), input: { ...party(subject), catalogItem: 'FY-ZX-01', category: 'COURT_ENFORCEMENT', documentNumber: `（${decisionDate.slice(0, 4)}）闽0102执${1000 + (i % 9000)}号`, content: `执行标的${money(random, [1, 300])}万元`, decisionDate } });
    }
  }

  const penalties = organisation ? (random.chance(0.25) ? random.int(1, 2) : 0) : random.chance(0.04) ? 1 : 0;
  for (let n = 0; n < penalties; n++) {
    const department = organisation ? random.pick(['SCJGJ', 'SCJGJ', 'STHJJ', 'ZJJ', 'SWJ', 'RSJ', 'JTYSJ']) : random.pick(['RSJ', 'JTYSJ', 'SCJGJ']);
    const kind = random.pick(PENALTY_POOL);
    const [violation, facts, basis] = random.pick(VIOLATIONS[department]!);
    const decisionDate = day(random);
    const fine = kind.fine ? money(random, kind.fine) : null;
    const confiscated = kind.confiscated ? money(random, kind.confiscated) : null;
    const short = { SCJGJ: '榕市监', STHJJ: '榕环', ZJJ: '榕建', SWJ: '榕税', RSJ: '榕人社', JTYSJ: '榕交' }[department];
    out.push({
      department,
      lag: lag(),
      input: {
        ...party(subject),
        catalogItem: PENALTY_ITEMS[department]!,
        category: 'ADMINISTRATIVE_PENALTY',
        documentNumber: `${short}罚〔${decisionDate.slice(0, 4)}〕${i}-${n}号`,
        violationType: violation,
        facts,
        legalBasis: basis,
        penaltyCategories: kind.penalties as RecordInput['penaltyCategories'],
        penaltyContent: kind.content(fine, confiscated),
        fineAmount: fine,
        confiscatedAmount: confiscated,
        suspendedOrRevokedLicence: kind.penalties.some((p) => p.startsWith('LICENCE')) ? '食品经营许可证' : null,
        decisionDate,
        validFrom: kind.validYears ? decisionDate : null,
        validTo: kind.validYears ? addMonths(decisionDate, kind.validYears * 12) : null,
        ...issuedBy(department),
      },
    });
  }
  return out;
}

export async function countRecords(db: RecordsDb): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(creditRecords);
  return row?.n ?? 0;
}

/** The deterministic id of the `n`-th record of subject `i`. */
function recordId(seed: number, i: number, n: number): string {
  return new Random(Math.imul(i + 1, 0x27d4eb2d) ^ Math.imul(n + 1, 0x165667b1) ^ seed).uuid();
}

/** Seeds the records of subjects `from` .. `from + count - 1`; returns how many records it made. */
export async function seedRecords(db: RecordsDb, options: DemoSeedOptions): Promise<number> {
  await ensureReferenceData(db);
  const calendar = new WorkingCalendar();
  let made = 0;
  await inDemoBatches(options, SUBJECTS_PER_ROUND, async (start, end) => {
    const rows: NewCreditRecordRow[] = [];
    const versions: (typeof recordVersions.$inferInsert)[] = [];
    const objectionRows: (typeof objections.$inferInsert)[] = [];
    const repairRows: (typeof repairApplications.$inferInsert)[] = [];
    const batches = new Map<string, typeof ingestBatches.$inferInsert>();
    for (let i = start; i < end; i++) {
      const subject = demoSubject(options.seed, i);
      demoRecords(options.seed, i).forEach((seedRecord, n) => {
        const receipt = calendar.addWorkingDays(seedRecord.input.decisionDate, seedRecord.lag).date;
        const now = new Date(`${receipt}T02:30:00Z`);
        const context: RowContext = { rules: PUBLICITY_RULES, calendar, now };
        const valid = validateRow(seedRecord.input, seedRecord.department, catalog, chinaDate(now));
        if (isRowError(valid)) throw new Error(`demo record ${i}/${n} is invalid: ${valid.code} ${valid.message}`);
        const batchId = new Random(seed32(seedRecord.department) ^ options.seed ^ Math.imul(start + 1, 0x9e3779b1)).uuid();
        const batch = batches.get(seedRecord.department) ?? { id: batchId, department: seedRecord.department, submittedBy: SEED_USER, receivedAt: now, receivedOn: receipt, supplied: 0, created: 0, updated: 0, unchanged: 0, rejected: 0 };
        batch.supplied++;
        batch.created++;
        batches.set(seedRecord.department, batch);
        const row = { ...buildRecordRow(valid, subject.id, seedRecord.department, batchId, SEED_USER, context), id: recordId(options.seed, i, n) };
        const random = new Random(Math.imul(i + 3, 0x7feb352d) ^ Math.imul(n + 5, 0x846ca68b) ^ options.seed);
        // A few objections: most resolved (upheld), some still open.
        if (row.category === 'ADMINISTRATIVE_PENALTY' && random.chance(0.06)) {
          const open = random.chance(0.4);
          const filed = new Date(now.getTime() + random.int(2, 30) * 86_400_000);
          objectionRows.push({
            id: random.uuid(),
            recordId: row.id!,
            filedBy: `subject:${subject.id}`,
            reason: random.pick(['处罚金额与决定书不一致', '当事人名称有误', '违法事实认定有异议']),
            evidence: '见附件',
            filedAt: filed,
            dueDate: calendar.addWorkingDays(chinaDate(filed), 5).date,
            status: open ? 'OPEN' : 'UPHELD',
            resolvedBy: open ? null : `officer:${seedRecord.department}`,
            resolvedAt: open ? null : new Date(filed.getTime() + 3 * 86_400_000),
            note: open ? null : '经复核，原决定事实清楚，维持',
          });
          if (open) row.underObjection = true;
        }
        // Repairs confirmed for some penalties past their minimum period.
        if (row.earliestRepairDate && row.earliestRepairDate < '2026-10-01' && row.publishFrom && random.chance(0.3)) {
          const decided = new Date(`${row.earliestRepairDate}T03:00:00Z`);
          versions.push({ recordId: row.id!, version: 1, status: 'ACTIVE', change: 'INGESTED', changedBy: SEED_USER, changedAt: now, reason: null, snapshot: snapshotOf(row) });
          repairRows.push({
            id: random.uuid(),
            recordId: row.id!,
            applicant: `subject:${subject.id}`,
            statement: '已履行处罚决定，完成整改并作出信用承诺',
            conditions: [],
            status: 'CONFIRMED',
            submittedAt: decided,
            decidedBy: `officer:${seedRecord.department}`,
            decidedAt: decided,
            note: '信用修复完成',
          });
          Object.assign(row, { status: 'REPAIRED', version: 2, change: 'REPAIRED', changedBy: `officer:${seedRecord.department}`, changedAt: decided, changeReason: '信用修复完成', publishUntil: row.earliestRepairDate });
        }
        rows.push(row);
      });
    }
    await db.transaction(async (tx) => {
      if (batches.size) await tx.insert(ingestBatches).values([...batches.values()]).onConflictDoNothing();
      if (rows.length) await tx.execute(sql`${unnestInsert(creditRecords, RECORD_COLUMNS, rows)} on conflict do nothing`);
      if (versions.length) await tx.insert(recordVersions).values(versions).onConflictDoNothing();
      if (objectionRows.length) await tx.insert(objections).values(objectionRows).onConflictDoNothing();
      if (repairRows.length) await tx.insert(repairApplications).values(repairRows).onConflictDoNothing();
    });
    made += rows.length;
  });
  return made;
}

function seed32(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return hash >>> 0;
}

/** The conventional names the seed script reads (scripts/subgraphs.ts). */
export { countRecords as count, seedRecords as seed };
