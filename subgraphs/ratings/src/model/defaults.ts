import type { combinationPolicies, modelIndicators, modelRules, models, samplingPolicies, agencies } from '../db/schema';

/**
 * The reference data a fresh ratings database starts with. Changing the model means adding a new
 * version with a later `effectiveFrom` (and closing the old one), never editing these rows.
 */
export const DEFAULT_MODEL: typeof models.$inferInsert = {
  version: 'PCE-2026.1',
  title: '公共信用综合评价 (after GB/T 45255-2025), demonstration weights',
  effectiveFrom: '2020-01-01',
  effectiveTo: null,
  baseScore: 90,
  scoreMin: 0,
  scoreMax: 100,
  minA: 90,
  minB: 70,
  minC: 40,
  lookbackYears: 3,
};

const v = DEFAULT_MODEL.version;

/** Points per unit (negative deducts), the cap on counted units, and what an unknown input costs. */
export const DEFAULT_INDICATORS: (typeof modelIndicators.$inferInsert)[] = (
  [
    // [code, name, input, points per unit, max units, points when unknown]
    ['SERIOUS_PENALTIES', '严重失信行政处罚 (近三年)', 'seriousPenalties', -15, 4, -10],
    ['GENERAL_PENALTIES', '一般行政处罚 (近三年)', 'generalPenalties', -4, 5, -5],
    ['SERIOUS_DISHONESTY_LISTINGS', '列入严重失信主体名单', 'seriousDishonestyListings', -40, 1, -10],
    ['KEY_ATTENTION_LISTINGS', '列入重点关注名单', 'keyAttentionListings', -10, 2, -5],
    ['RED_LIST', '列入守信激励 (红名单)', 'redListListings', 5, 1, 0],
    ['BROKEN_COMMITMENTS', '未履行信用承诺', 'brokenCommitments', -10, 3, -5],
    ['KEPT_COMMITMENTS', '履行信用承诺', 'keptCommitments', 1, 5, 0],
    ['HONOURS', '表彰奖励', 'honours', 2, 5, 0],
    ['LICENCE_REVOCATION', '吊销营业执照', 'licenceRevoked', -30, 1, -5],
    ['ABNORMAL_OPERATION', '经营异常', 'abnormalOperation', -10, 1, -5],
  ] as const
).map(([code, name, input, pointsPerUnit, maxUnits, unknownPoints], i) => ({
  modelVersion: v,
  position: i + 1,
  code,
  name,
  input,
  pointsPerUnit,
  maxUnits,
  unknownPoints,
}));

/** A rule's code (kept out of `code:` literals, which the error-code check reads as error codes). */
const rule = (ruleCode: string) => ({ modelVersion: v, code: ruleCode });

export const DEFAULT_RULES: (typeof modelRules.$inferInsert)[] = [
  {
    ...rule('SERIOUS_DISHONESTY_IS_D'),
    description: '列入严重失信主体名单的, 评为 D, 任何行业评价不得提升',
    condition: 'AT_LEAST',
    indicator: 'SERIOUS_DISHONESTY_LISTINGS',
    minValue: 1,
    effect: 'FORCE',
    grade: 'D',
  },
  {
    ...rule('LICENCE_REVOKED_AT_BEST_C'),
    description: '被吊销营业执照的, 至多评为 C',
    condition: 'AT_LEAST',
    indicator: 'LICENCE_REVOCATION',
    minValue: 1,
    effect: 'AT_BEST',
    grade: 'C',
  },
  {
    ...rule('UNKNOWN_INPUT_AT_BEST_B'),
    description: '任一评价数据缺失 (未知) 的, 至多评为 B: 缺失从不视为良好',
    condition: 'UNKNOWN',
    indicator: null,
    minValue: null,
    effect: 'AT_BEST',
    grade: 'B',
  },
];

export const DEFAULT_POLICY: typeof combinationPolicies.$inferInsert = {
  version: 'COMBINE-2026.1',
  description:
    'Weighted mean of the components present (public evaluation 0.7, industry ratings 0.2, market ratings 0.1; ' +
    'an industry or market grade counts A=95, B=80, C=55, D=20, several are averaged); the grade follows the ' +
    "model's thresholds and then the model's overriding rules, so no rating lifts a subject past them.",
  effectiveFrom: '2020-01-01',
  effectiveTo: null,
  publicWeight: 0.7,
  industryWeight: 0.2,
  marketWeight: 0.1,
  gradePoints: { A: 95, B: 80, C: 55, D: 20 },
};

/** 低风险 reduced ratio, 一般 normal, 高风险 raised ratio and frequency plus key supervision. */
export const DEFAULT_SAMPLING: (typeof samplingPolicies.$inferInsert)[] = [
  { version: 'SAMPLING-2026.1', effectiveFrom: '2020-01-01', grade: 'A', ratio: 0.03, timesPerYear: 1, keySupervision: false, description: '低风险: 信用自律为主, 降低抽查比例' },
  { version: 'SAMPLING-2026.1', effectiveFrom: '2020-01-01', grade: 'B', ratio: 0.05, timesPerYear: 1, keySupervision: false, description: '一般风险: 常规比例' },
  { version: 'SAMPLING-2026.1', effectiveFrom: '2020-01-01', grade: 'C', ratio: 0.2, timesPerYear: 2, keySupervision: false, description: '较高风险: 提高比例和频次' },
  { version: 'SAMPLING-2026.1', effectiveFrom: '2020-01-01', grade: 'D', ratio: 0.5, timesPerYear: 4, keySupervision: true, description: '高风险: 提高比例和频次, 重点监管' },
];

/** The registry of credit service agencies (信用服务机构备案): demonstration entries. */
export const DEFAULT_AGENCIES: (typeof agencies.$inferInsert)[] = [
  { code: 'XYFW-001', name: '示范信用评级有限公司', creditCode: '91350100MA8RATE01X', status: 'ACTIVE', registeredOn: '2024-03-01' },
  { code: 'XYFW-002', name: '海峡征信服务有限公司', creditCode: '91350100MA8RATE02X', status: 'ACTIVE', registeredOn: '2024-06-15' },
  { code: 'XYFW-009', name: '已注销信用服务有限公司', creditCode: '91350100MA8RATE09X', status: 'DEREGISTERED', registeredOn: '2021-01-10' },
];
