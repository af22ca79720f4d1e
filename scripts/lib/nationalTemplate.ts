/**
 * The national 双公示 template's columns (licences and penalties), in Chinese as departments
 * export them or as the API's field names, mapped to `RecordInput`. Two columns the template
 * lacks say where a row belongs: 目录项编码 (catalogue item) and 信息类别 (record category).
 */

export type TemplateRow = Record<string, string | undefined>;

export interface MappedRecord {
  [field: string]: string | number | string[] | null;
}

export type Mapping = { ok: true; record: MappedRecord } | { ok: false; code: string; message: string; field: string };

/** Chinese header → field. Several headers may name one field (penalty and licence variants). */
export const HEADERS: Record<string, string> = {
  目录项编码: 'catalogItem',
  信息类别: 'category',
  行政相对人名称: 'partyName',
  行政相对人类别: 'partyCategory',
  统一社会信用代码: 'partyCode',
  行政相对人代码_统一社会信用代码: 'partyCode',
  证件号码: 'partyCode',
  法定代表人: 'legalRepresentative',
  处罚决定书文号: 'documentNumber',
  行政许可决定文书号: 'documentNumber',
  决定文书号: 'documentNumber',
  行政许可决定文书名称: 'documentName',
  违法行为类型: 'violationType',
  违法事实: 'facts',
  处罚依据: 'legalBasis',
  处罚类别: 'penaltyCategories',
  处罚内容: 'penaltyContent',
  '罚款金额（万元）': 'fineAmount',
  罚款金额: 'fineAmount',
  '没收违法所得、没收非法财物的金额（万元）': 'confiscatedAmount',
  没收金额: 'confiscatedAmount',
  暂扣或吊销证照名称及编号: 'suspendedOrRevokedLicence',
  许可类别: 'licenceCategory',
  许可证书名称: 'certificateName',
  许可编号: 'certificateNumber',
  许可内容: 'content',
  信息内容: 'content',
  处罚决定日期: 'decisionDate',
  许可决定日期: 'decisionDate',
  决定日期: 'decisionDate',
  有效期自: 'validFrom',
  有效期至: 'validTo',
  处罚有效期: 'validTo',
  当前状态: 'licenceStatus',
  公示截止期: 'statedPublicityEnd',
  处罚机关: 'authority',
  许可机关: 'authority',
  处罚机关统一社会信用代码: 'authorityCode',
  许可机关统一社会信用代码: 'authorityCode',
  数据来源单位: 'sourceUnit',
  数据来源单位统一社会信用代码: 'sourceUnitCode',
  备注: 'remarks',
  严重程度: 'severityTier',
  公示日期: 'publishedAt',
};

const FIELDS = new Set(Object.values(HEADERS));

const CATEGORIES: Record<string, string> = {
  行政许可: 'ADMINISTRATIVE_LICENCE',
  行政处罚: 'ADMINISTRATIVE_PENALTY',
  信用承诺履约: 'COMMITMENT_FULFILMENT',
  荣誉表彰: 'HONOUR_REWARD',
  自主申报: 'SELF_DECLARED',
  合同履约: 'CONTRACT_PERFORMANCE',
  纳税: 'TAX',
  社会保险: 'SOCIAL_SECURITY',
  法院执行: 'COURT_ENFORCEMENT',
  经营异常: 'ABNORMAL_OPERATION',
};
const PARTY_CATEGORIES: Record<string, string> = {
  法人及非法人组织: 'LEGAL_PERSON',
  法人: 'LEGAL_PERSON',
  非法人组织: 'LEGAL_PERSON',
  自然人: 'NATURAL_PERSON',
  个体工商户: 'INDIVIDUAL_BUSINESS',
};
const PENALTIES: Record<string, string> = {
  警告: 'WARNING',
  通报批评: 'CIRCULATED_CRITICISM',
  罚款: 'FINE',
  没收违法所得: 'CONFISCATION',
  没收非法财物: 'CONFISCATION',
  '没收违法所得、没收非法财物': 'CONFISCATION',
  暂扣许可证件: 'LICENCE_SUSPENSION',
  暂扣许可证: 'LICENCE_SUSPENSION',
  降低资质等级: 'QUALIFICATION_DOWNGRADE',
  吊销许可证件: 'LICENCE_REVOCATION',
  吊销许可证: 'LICENCE_REVOCATION',
  限制开展生产经营活动: 'BUSINESS_RESTRICTION',
  责令停产停业: 'STOP_PRODUCTION',
  责令关闭: 'CLOSURE',
  限制从业: 'EMPLOYMENT_RESTRICTION',
  行政拘留: 'ADMINISTRATIVE_DETENTION',
  其他: 'OTHER',
};
const LICENCE_CATEGORIES: Record<string, string> = { 普通: 'ORDINARY', 特许: 'FRANCHISE', 认可: 'RECOGNITION', 核准: 'APPROVAL', 登记: 'REGISTRATION', 其他: 'OTHER' };
const TIERS: Record<string, string> = { 轻微: 'MINOR', 一般: 'GENERAL', 严重: 'SERIOUS' };
/** 当前状态 by the template's code (0–3) or its name. */
const LICENCE_STATUSES: Record<string, string> = { '0': 'NORMAL', 正常: 'NORMAL', '1': 'REVOKED', 撤销: 'REVOKED', '2': 'OBJECTED', 异议: 'OBJECTED', '3': 'OTHER', 其他: 'OTHER' };

/** Columns the API requires in every row (others are checked by the records subgraph). */
const REQUIRED = ['catalogItem', 'category', 'partyName', 'partyCategory', 'partyCode', 'documentNumber', 'decisionDate'];

const fail = (code: string, field: string, message: string): Mapping => ({ ok: false, code, field, message });

/** `YYYY-MM-DD` from `YYYY-MM-DD`, `YYYY/M/D`, `YYYYMMDD` or `YYYY年M月D日`; null when not a date. */
export function normaliseDate(raw: string): string | null {
  const match = /^(\d{4})[-/年.]?(\d{1,2})[-/月.]?(\d{1,2})日?$/.exec(raw.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const date = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) ? date : null;
}

function enumValue(table: Record<string, string>, raw: string): string | null {
  const value = raw.trim();
  if (Object.values(table).includes(value.toUpperCase())) return value.toUpperCase();
  return table[value] ?? null;
}

/** One row of the file as a `RecordInput`, or why it cannot be one (the row is then not sent). */
export function mapRow(row: TemplateRow): Mapping {
  const fields: Record<string, string> = {};
  for (const [header, raw] of Object.entries(row)) {
    const field = HEADERS[header.trim()] ?? (FIELDS.has(header.trim()) ? header.trim() : null);
    if (field && raw !== undefined && String(raw).trim() !== '' && fields[field] === undefined) fields[field] = String(raw).trim();
  }
  for (const field of REQUIRED) if (!fields[field]) return fail('MISSING_FIELD', field, `${field} is empty`);

  const record: MappedRecord = { ...fields };
  const category = enumValue(CATEGORIES, fields.category!);
  if (!category) return fail('INVALID_FIELD', 'category', `信息类别 "${fields.category}" is not one of ${Object.keys(CATEGORIES).join('、')}`);
  record.category = category;
  const party = enumValue(PARTY_CATEGORIES, fields.partyCategory!);
  if (!party) return fail('INVALID_FIELD', 'partyCategory', `行政相对人类别 "${fields.partyCategory}" is not 法人及非法人组织、自然人 or 个体工商户`);
  record.partyCategory = party;
  if (fields.penaltyCategories) {
    const parts = fields.penaltyCategories.split(/[;；,，|]/).map((p) => p.trim()).filter(Boolean);
    const mapped = parts.map((p) => enumValue(PENALTIES, p));
    const bad = parts.find((_, i) => !mapped[i]);
    if (bad) return fail('INVALID_FIELD', 'penaltyCategories', `处罚类别 "${bad}" is not a penalty category of 行政处罚法 art. 9`);
    record.penaltyCategories = [...new Set(mapped as string[])];
  }
  if (fields.licenceCategory) {
    const value = enumValue(LICENCE_CATEGORIES, fields.licenceCategory);
    if (!value) return fail('INVALID_FIELD', 'licenceCategory', `许可类别 "${fields.licenceCategory}" is not 普通、特许、认可、核准、登记 or 其他`);
    record.licenceCategory = value;
  }
  if (fields.licenceStatus) {
    const value = enumValue(LICENCE_STATUSES, fields.licenceStatus);
    if (!value) return fail('INVALID_FIELD', 'licenceStatus', `当前状态 "${fields.licenceStatus}" is not 0 正常、1 撤销、2 异议 or 3 其他`);
    record.licenceStatus = value;
  }
  if (fields.severityTier) {
    const value = enumValue(TIERS, fields.severityTier);
    if (!value) return fail('INVALID_FIELD', 'severityTier', `严重程度 "${fields.severityTier}" is not 轻微、一般 or 严重`);
    record.severityTier = value;
  }
  for (const field of ['fineAmount', 'confiscatedAmount']) {
    if (fields[field] === undefined) continue;
    const value = Number(fields[field]!.replace(/,/g, ''));
    if (!Number.isFinite(value)) return fail('INVALID_FIELD', field, `${field} "${fields[field]}" is not a number`);
    record[field] = value;
  }
  for (const field of ['decisionDate', 'validFrom', 'validTo', 'statedPublicityEnd']) {
    if (fields[field] === undefined) continue;
    const value = normaliseDate(fields[field]!);
    if (!value) return fail('INVALID_DATE', field, `${field} "${fields[field]}" is not a date`);
    record[field] = value;
  }
  if (fields.publishedAt) {
    const date = normaliseDate(fields.publishedAt);
    const instant = date ? `${date}T00:00:00+08:00` : new Date(fields.publishedAt).toString() !== 'Invalid Date' ? new Date(fields.publishedAt).toISOString() : null;
    if (!instant) return fail('INVALID_DATE', 'publishedAt', `公示日期 "${fields.publishedAt}" is not a date`);
    record.publishedAt = instant;
  }
  return { ok: true, record };
}
