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
const LICENCE_PENALTIES = ['LICENCE_SUSPENSION', 'QUALIFICATION_DOWNGRADE', 'LICENCE_REVOCATION'];

export function validateRow(
  input: RecordInput,
  department: string,
  catalog: ReadonlyMap<string, CatalogItemRow>,
  today: string,
): ValidRow | RowErrorView {
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
  if (input.publishedAt && new Date(input.publishedAt).toISOString().slice(0, 10) < input.decisionDate) {
    return reject('INVALID_DATE', 'publishedAt is before the decision', 'publishedAt');
  }
  return { input, item, partyCode: party.code, documentNumber: input.documentNumber.trim() };
}

export function isRowError(value: ValidRow | RowErrorView): value is RowErrorView {
  return 'code' in value && 'message' in value;
}
