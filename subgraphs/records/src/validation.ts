/**
 * Checks one submitted row on its own, against the catalogue and the national 双公示 field rules.
 * Party matching (which needs the subjects directory) happens afterwards, for the whole batch.
 */
import { classifyCode } from '@credit/identifiers';
import type { CatalogItemRow } from './db/schema';
import type { RecordInput } from './generated/graphql';
import type { RowErrorView } from './views';

export const REJECTION_CODES = [
  'UNKNOWN_CATALOG_ITEM',
  'ITEM_NOT_PROVIDED',
  'CATEGORY_MISMATCH',
  'MISSING_FIELD',
  'INVALID_FIELD',
  'INVALID_PARTY_CODE',
  'UNKNOWN_PARTY',
  'REGISTRATION_FAILED',
  'INVALID_DATE',
  'DUPLICATE_IN_BATCH',
  'VALUE_TOO_LONG',
  'INVALID_CHARACTERS',
  'IMPLAUSIBLE_AMOUNT',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

export interface ValidRow {
  input: RecordInput;
  item: CatalogItemRow;
  /** Normalised party code. */
  partyCode: string;
  documentNumber: string;
}

const reject = (code: RejectionCode, message: string, field: string | null = null): RowErrorView => ({ code, message, field });

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

const EARLIEST_DECISION = '1990-01-01';

/**
 * Longest value of each text field, in characters (the national template's widths, with room).
 * Documented in the README; a longer value rejects the row with VALUE_TOO_LONG naming the field.
 */
export const FIELD_LIMITS = {
  catalogItem: 32,
  partyName: 200,
  partyCode: 18,
  legalRepresentative: 100,
  documentNumber: 128,
  documentName: 200,
  violationType: 500,
  facts: 5000,
  legalBasis: 2000,
  penaltyContent: 2000,
  suspendedOrRevokedLicence: 500,
  certificateName: 200,
  certificateNumber: 128,
  content: 5000,
  authority: 200,
  authorityCode: 18,
  sourceUnit: 200,
  sourceUnitCode: 18,
  remarks: 2000,
} as const satisfies Partial<Record<keyof RecordInput, number>>;

/** Largest fine or confiscated amount accepted, in 万元 (10,000 yuan): 1,000,000 万元 is 10 billion yuan. */
export const MAX_AMOUNT_WAN = 1_000_000;

/** Characters that end a one-line identifier: control characters, and `|` (the receipts' key separator). */
const NOT_IN_IDENTIFIERS = /[\u0000-\u001f\u007f-\u009f|]/;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Whether `text` is a real calendar date `YYYY-MM-DD` (not 2026-02-30). */
export function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** The first text field past its limit or holding characters it may not, as a rejection. */
function textProblem(input: RecordInput): RowErrorView | null {
  for (const [field, limit] of Object.entries(FIELD_LIMITS) as [keyof typeof FIELD_LIMITS, number][]) {
    const value = input[field];
    if (typeof value !== 'string') continue;
    if (value.length > limit) return reject('VALUE_TOO_LONG', `${field} is longer than ${limit} characters`, field);
    if (CONTROL.test(value)) return reject('INVALID_CHARACTERS', `${field} holds control characters`, field);
  }
  if (NOT_IN_IDENTIFIERS.test(input.documentNumber)) {
    return reject('INVALID_CHARACTERS', 'documentNumber holds a line break, a control character or `|`', 'documentNumber');
  }
  return null;
}
const LICENCE_PENALTIES = ['LICENCE_SUSPENSION', 'QUALIFICATION_DOWNGRADE', 'LICENCE_REVOCATION'];

export function validateRow(
  input: RecordInput,
  department: string,
  catalog: ReadonlyMap<string, CatalogItemRow>,
  today: string,
): ValidRow | RowErrorView {
  const tooLong = textProblem(input);
  if (tooLong) return tooLong;
  for (const field of ['decisionDate', 'validFrom', 'validTo', 'statedPublicityEnd'] as const) {
    const value = input[field];
    if (value != null && !isRealDate(value)) return reject('INVALID_DATE', `${field} is not a real calendar date`, field);
  }
  const item = catalog.get(input.catalogItem);
  if (!item) return reject('UNKNOWN_CATALOG_ITEM', `Catalogue item ${input.catalogItem} does not exist`, 'catalogItem');
  if (item.department !== department) {
    return reject('ITEM_NOT_PROVIDED', `${department} does not provide catalogue item ${item.code} (${item.name}); ${item.department} does`, 'catalogItem');
  }
  if (item.category !== input.category) {
    return reject('CATEGORY_MISMATCH', `Catalogue item ${item.code} holds ${item.category} records, not ${input.category}`, 'category');
  }
  for (const field of ['documentNumber', 'partyName', 'partyCode', ...item.requiredFields]) {
    if (isBlank(input[field as keyof RecordInput])) {
      return reject('MISSING_FIELD', `${field} is required for ${item.name}`, field);
    }
  }

  const penalties = input.penaltyCategories ?? [];
  if (input.category === 'ADMINISTRATIVE_PENALTY') {
    if (penalties.includes('FINE') && !(input.fineAmount && input.fineAmount > 0)) {
      return reject('MISSING_FIELD', 'A fine needs its amount (fineAmount, in 10,000 yuan)', 'fineAmount');
    }
    if (penalties.includes('CONFISCATION') && !(input.confiscatedAmount && input.confiscatedAmount > 0)) {
      return reject('MISSING_FIELD', 'A confiscation needs its amount (confiscatedAmount, in 10,000 yuan)', 'confiscatedAmount');
    }
    if (penalties.some((p) => LICENCE_PENALTIES.includes(p)) && isBlank(input.suspendedOrRevokedLicence)) {
      return reject('MISSING_FIELD', 'A licence suspension or revocation must name the licence', 'suspendedOrRevokedLicence');
    }
  } else if (penalties.length > 0 || input.fineAmount != null) {
    return reject('INVALID_FIELD', 'Penalty fields belong only to administrative penalties', 'penaltyCategories');
  }
  for (const field of ['fineAmount', 'confiscatedAmount'] as const) {
    const value = input[field];
    if (value != null && (!Number.isFinite(value) || value < 0)) return reject('INVALID_FIELD', `${field} must be a non-negative amount in 10,000 yuan`, field);
    if (value != null && value > MAX_AMOUNT_WAN) {
      return reject('IMPLAUSIBLE_AMOUNT', `${field} ${value} 万元 is above ${MAX_AMOUNT_WAN} 万元 (10 billion yuan): check the unit (amounts are in 万元)`, field);
    }
  }
  for (const field of ['authorityCode', 'sourceUnitCode'] as const) {
    const value = input[field];
    if (value && !classifyCode(value, 'CREDIT_CODE').ok) {
      return reject('INVALID_FIELD', `${field} is not a valid 统一社会信用代码`, field);
    }
  }

  const party = classifyCode(input.partyCode);
  if (!party.ok) {
    return reject('INVALID_PARTY_CODE', `Invalid party code: ${party.problem}`, 'partyCode');
  }
  const personCode = party.type === 'ID_NUMBER';
  if (personCode !== (input.partyCategory === 'NATURAL_PERSON')) {
    return reject(
      'INVALID_FIELD',
      personCode ? 'A 公民身份号码 names a natural person: partyCategory must be NATURAL_PERSON' : 'A natural person is identified by a 公民身份号码',
      'partyCategory',
    );
  }

  if (input.decisionDate > today) return reject('INVALID_DATE', `decisionDate ${input.decisionDate} is in the future`, 'decisionDate');
  if (input.decisionDate < EARLIEST_DECISION) return reject('INVALID_DATE', `decisionDate ${input.decisionDate} is before ${EARLIEST_DECISION}`, 'decisionDate');
  if (input.validFrom && input.validTo && input.validTo < input.validFrom) {
    return reject('INVALID_DATE', `validTo ${input.validTo} is before validFrom ${input.validFrom}`, 'validTo');
  }
  if (input.statedPublicityEnd && input.statedPublicityEnd < input.decisionDate) {
    return reject('INVALID_DATE', `statedPublicityEnd ${input.statedPublicityEnd} is before the decision`, 'statedPublicityEnd');
  }
  if (input.publishedAt && !Number.isFinite(new Date(input.publishedAt).getTime())) {
    return reject('INVALID_DATE', 'publishedAt is not a real instant', 'publishedAt');
  }
  if (input.publishedAt && new Date(input.publishedAt).getTime() > Date.now() + 5 * 60_000) {
    return reject('INVALID_DATE', 'publishedAt is in the future', 'publishedAt');
  }
  if (input.publishedAt && new Date(input.publishedAt).toISOString().slice(0, 10) < input.decisionDate) {
    return reject('INVALID_DATE', 'publishedAt is before the decision', 'publishedAt');
  }
  return { input, item, partyCode: party.code, documentNumber: input.documentNumber.trim() };
}

export function isRowError(value: ValidRow | RowErrorView): value is RowErrorView {
  return 'code' in value && 'message' in value;
}
