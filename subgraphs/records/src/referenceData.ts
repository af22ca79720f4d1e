/**
 * Reference data every records database starts with: the credit data catalogue and the publicity
 * rule sets. They are rows, so a department joining or a new regulation is data, not a release;
 * `ensureReferenceData` only adds what is missing and never overwrites an edited row.
 */
import { departmentName, type DepartmentCode } from '@credit/departments';
import { insertMissing, shipped } from '@credit/kit';
import type { RecordsDb } from './db';
import { catalogItems, publicityRules, type CatalogItemRow, type PublicityRuleRow } from './db/schema';

const PARTY = ['partyName', 'partyCategory', 'partyCode', 'documentNumber', 'decisionDate'];
const PENALTY = [...PARTY, 'violationType', 'facts', 'legalBasis', 'penaltyCategories', 'penaltyContent', 'authority', 'authorityCode'];
const LICENCE = [...PARTY, 'documentName', 'licenceCategory', 'content', 'validFrom', 'validTo', 'authority', 'authorityCode'];
const OTHER = [...PARTY, 'content'];

type Item = Omit<CatalogItemRow, 'registersParties'> & { registersParties?: boolean };

const item = (
  code: string,
  name: string,
  department: DepartmentCode,
  category: CatalogItemRow['category'],
  pushCycle: CatalogItemRow['pushCycle'],
  disclosure: CatalogItemRow['disclosure'],
  requiredFields: string[],
  registersParties = false,
): Item => ({ code, name, department, departmentName: departmentName(department), category, pushCycle, disclosure, requiredFields, registersParties });

export const CATALOG: Item[] = [
  item('SCJG-XK-01', '食品经营许可', 'SCJGJ', 'ADMINISTRATIVE_LICENCE', 'REAL_TIME', 'PUBLIC', LICENCE, true),
  item('SCJG-XK-02', '工业产品生产许可', 'SCJGJ', 'ADMINISTRATIVE_LICENCE', 'REAL_TIME', 'PUBLIC', LICENCE),
  item('SCJG-CF-01', '市场监管行政处罚', 'SCJGJ', 'ADMINISTRATIVE_PENALTY', 'REAL_TIME', 'PUBLIC', PENALTY),
  item('SCJG-YC-01', '经营异常名录', 'SCJGJ', 'ABNORMAL_OPERATION', 'DAILY', 'PUBLIC', OTHER),
  item('STHJ-XK-01', '排污许可', 'STHJJ', 'ADMINISTRATIVE_LICENCE', 'REAL_TIME', 'PUBLIC', LICENCE),
  item('STHJ-CF-01', '生态环境行政处罚', 'STHJJ', 'ADMINISTRATIVE_PENALTY', 'REAL_TIME', 'PUBLIC', PENALTY),
  item('ZJ-XK-01', '建筑工程施工许可', 'ZJJ', 'ADMINISTRATIVE_LICENCE', 'REAL_TIME', 'PUBLIC', LICENCE),
  item('ZJ-XK-02', '建筑业企业资质', 'ZJJ', 'ADMINISTRATIVE_LICENCE', 'DAILY', 'PUBLIC', LICENCE),
  item('ZJ-CF-01', '住房城乡建设行政处罚', 'ZJJ', 'ADMINISTRATIVE_PENALTY', 'REAL_TIME', 'PUBLIC', PENALTY),
  item('ZJ-HT-01', '合同履约信息', 'ZJJ', 'CONTRACT_PERFORMANCE', 'MONTHLY', 'GOVERNMENT_SHARED', OTHER),
  item('SW-CF-01', '税务行政处罚', 'SWJ', 'ADMINISTRATIVE_PENALTY', 'REAL_TIME', 'PUBLIC', PENALTY),
  item('SW-NS-01', '纳税信用信息', 'SWJ', 'TAX', 'MONTHLY', 'GOVERNMENT_SHARED', OTHER),
  item('SW-NS-02', 'A级纳税人名单', 'SWJ', 'HONOUR_REWARD', 'MONTHLY', 'PUBLIC', OTHER),
  item('RS-SB-01', '社会保险缴纳信息', 'RSJ', 'SOCIAL_SECURITY', 'MONTHLY', 'AUTHORISED', OTHER),
  item('RS-CF-01', '劳动保障行政处罚', 'RSJ', 'ADMINISTRATIVE_PENALTY', 'REAL_TIME', 'PUBLIC', PENALTY),
  item('JT-XK-01', '道路运输经营许可', 'JTYSJ', 'ADMINISTRATIVE_LICENCE', 'REAL_TIME', 'PUBLIC', LICENCE),
  item('JT-CF-01', '交通运输行政处罚', 'JTYSJ', 'ADMINISTRATIVE_PENALTY', 'REAL_TIME', 'PUBLIC', PENALTY),
  item('FY-ZX-01', '被执行人信息', 'FY', 'COURT_ENFORCEMENT', 'DAILY', 'PUBLIC', OTHER),
  item('XY-CN-01', '信用承诺履约信息', 'XYZX', 'COMMITMENT_FULFILMENT', 'DAILY', 'PUBLIC', OTHER, true),
  item('XY-ZS-01', '自主申报信息', 'XYZX', 'SELF_DECLARED', 'DAILY', 'GOVERNMENT_SHARED', OTHER, true),
];

const FIXED = ['STOP_PRODUCTION', 'BUSINESS_RESTRICTION', 'EMPLOYMENT_RESTRICTION', 'LICENCE_REVOCATION'];
const OLD = { ruleSet: 'NDRC-2023-58', title: '失信行为纠正后的信用信息修复管理办法（国家发展改革委令2023年第58号）；市场监管总局令第45号', effectiveFrom: '2000-01-01', effectiveTo: '2026-03-31', minorFineMax: 1, seriousFineMin: 100 };
const NEW = { ruleSet: 'NDRC-2025-36', title: '信用修复管理办法（国家发展改革委令2025年第36号）', effectiveFrom: '2026-04-01', effectiveTo: null, minorFineMax: 0.3, seriousFineMin: 100 };

/**
 * Until 2026-03-31: a warning alone is not published; criticism and small fines for 3 months;
 * others up to 3 years, restrictions longer than that for their full length, and stop-production,
 * restriction and revocation penalties cannot end early. From 2026-04-01: minor in principle not
 * published; general 3 months to 1 year; serious 1 to 3 years; ends automatically at the maximum.
 */
export const PUBLICITY_RULES: PublicityRuleRow[] = [
  { ...OLD, tier: 'MINOR', published: true, minMonths: 3, maxMonths: 3, unpublishedWhenOnly: ['WARNING'], fixedPenalties: [], extendsToRestrictionEnd: false },
  { ...OLD, tier: 'GENERAL', published: true, minMonths: 3, maxMonths: 36, unpublishedWhenOnly: ['WARNING'], fixedPenalties: FIXED, extendsToRestrictionEnd: true },
  { ...OLD, tier: 'SERIOUS', published: true, minMonths: 12, maxMonths: 36, unpublishedWhenOnly: [], fixedPenalties: FIXED, extendsToRestrictionEnd: true },
  { ...NEW, tier: 'MINOR', published: false, minMonths: 0, maxMonths: 3, unpublishedWhenOnly: [], fixedPenalties: [], extendsToRestrictionEnd: false },
  { ...NEW, tier: 'GENERAL', published: true, minMonths: 3, maxMonths: 12, unpublishedWhenOnly: [], fixedPenalties: [], extendsToRestrictionEnd: false },
  { ...NEW, tier: 'SERIOUS', published: true, minMonths: 12, maxMonths: 36, unpublishedWhenOnly: [], fixedPenalties: [], extendsToRestrictionEnd: false },
];

export const REFERENCE_DATA = [shipped(catalogItems, CATALOG), shipped(publicityRules, PUBLICITY_RULES)];

/** Inserts the shipped rows where missing (seeds and tests; the server's start does it through `defineSubgraph`). */
export async function ensureReferenceData(db: RecordsDb): Promise<void> {
  await insertMissing(db, REFERENCE_DATA);
}
