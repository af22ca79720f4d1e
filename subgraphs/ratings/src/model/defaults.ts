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
export const DEFAULT_INDICATORS: (typeof modelIndicators.$inferInsert)[] = [
  { modelVersion: v, position: 1, code: 'SERIOUS_PENALTIES', name: '严重失信行政处罚 (近三年)', input: 'seriousPenalties', pointsPerUnit: -15, maxUnits: 4, unknownPoints: -10 },
  { modelVersion: v, position: 2, code: 'GENERAL_PENALTIES', name: '一般行政处罚 (近三年)', input: 'generalPenalties', pointsPerUnit: -4, maxUnits: 5, unknownPoints: -5 },
  { modelVersion: v, position: 3, code: 'SERIOUS_DISHONESTY_LISTINGS', name: '列入严重失信主体名单', input: 'seriousDishonestyListings', pointsPerUnit: -40, maxUnits: 1, unknownPoints: -10 },
  { modelVersion: v, position: 4, code: 'KEY_ATTENTION_LISTINGS', name: '列入重点关注名单', input: 'keyAttentionListings', pointsPerUnit: -10, maxUnits: 2, unknownPoints: -5 },
  { modelVersion: v, position: 5, code: 'RED_LIST', name: '列入守信激励 (红名单)', input: 'redListListings', pointsPerUnit: 5, maxUnits: 1, unknownPoints: 0 },
  { modelVersion: v, position: 6, code: 'BROKEN_COMMITMENTS', name: '未履行信用承诺', input: 'brokenCommitments', pointsPerUnit: -10, maxUnits: 3, unknownPoints: -5 },
  { modelVersion: v, position: 7, code: 'KEPT_COMMITMENTS', name: '履行信用承诺', input: 'keptCommitments', pointsPerUnit: 1, maxUnits: 5, unknownPoints: 0 },
  { modelVersion: v, position: 8, code: 'HONOURS', name: '表彰奖励', input: 'honours', pointsPerUnit: 2, maxUnits: 5, unknownPoints: 0 },
  { modelVersion: v, position: 9, code: 'LICENCE_REVOCATION', name: '吊销营业执照', input: 'licenceRevoked', pointsPerUnit: -30, maxUnits: 1, unknownPoints: -5 },
  { modelVersion: v, position: 10, code: 'ABNORMAL_OPERATION', name: '经营异常', input: 'abnormalOperation', pointsPerUnit: -10, maxUnits: 1, unknownPoints: -5 },
];

export const DEFAULT_RULES: (typeof modelRules.$inferInsert)[] = [
  {
    modelVersion: v,
    code: 'SERIOUS_DISHONESTY_IS_D',
    description: '列入严重失信主体名单的, 评为 D, 任何行业评价不得提升',
    condition: 'AT_LEAST',
    indicator: 'SERIOUS_DISHONESTY_LISTINGS',
    minValue: 1,
    effect: 'FORCE',
    grade: 'D',
  },
  {
    modelVersion: v,
    code: 'LICENCE_REVOKED_AT_BEST_C',
    description: '被吊销营业执照的, 至多评为 C',
    condition: 'AT_LEAST',
    indicator: 'LICENCE_REVOCATION',
    minValue: 1,
    effect: 'AT_BEST',
    grade: 'C',
  },
  {
    modelVersion: v,
    code: 'UNKNOWN_INPUT_AT_BEST_B',
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
