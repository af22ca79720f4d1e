/** Well-formed submissions for tests: a 市场监管 penalty and a 食品经营许可 licence for demo subjects. */
import { DEMO_SEED, demoSubject, isOrganisationIndex } from '@credit/demo-data';
import type { RecordInput } from '../src/generated/graphql';

export const AUTHORITY_CODE = '11350100MB0000000Y';

export function organisation(n: number) {
  let seen = -1;
  for (let i = 0; ; i++) if (isOrganisationIndex(i) && ++seen === n) return demoSubject(DEMO_SEED, i);
}

export function penalty(n: number, overrides: Record<string, unknown> = {}): RecordInput {
  const party = organisation(n % 50);
  return {
    catalogItem: 'SCJG-CF-01',
    category: 'ADMINISTRATIVE_PENALTY',
    partyName: party.name,
    partyCategory: 'LEGAL_PERSON',
    partyCode: party.code,
    legalRepresentative: party.legalRepresentative,
    documentNumber: `榕市监罚〔2026〕${1000 + n}号`,
    violationType: '销售不符合食品安全标准的食品',
    facts: '经查，当事人销售的食品经抽检不合格。',
    legalBasis: '《中华人民共和国食品安全法》第一百二十四条',
    penaltyCategories: ['FINE', 'CONFISCATION'],
    penaltyContent: '罚款5万元，没收违法所得0.8万元',
    fineAmount: 5,
    confiscatedAmount: 0.8,
    decisionDate: '2026-11-20',
    authority: '福州市市场监督管理局',
    authorityCode: AUTHORITY_CODE,
    sourceUnit: '福州市市场监督管理局',
    sourceUnitCode: AUTHORITY_CODE,
    ...overrides,
  } as unknown as RecordInput;
}

export function licence(n: number, overrides: Record<string, unknown> = {}): RecordInput {
  const party = organisation(n % 50);
  return {
    catalogItem: 'SCJG-XK-01',
    category: 'ADMINISTRATIVE_LICENCE',
    partyName: party.name,
    partyCategory: 'LEGAL_PERSON',
    partyCode: party.code,
    documentNumber: `JY2026${String(n).padStart(6, '0')}`,
    documentName: '食品经营许可证',
    licenceCategory: 'ORDINARY',
    certificateName: '食品经营许可证',
    certificateNumber: `JY135010${String(n).padStart(6, '0')}`,
    content: '预包装食品销售',
    decisionDate: '2026-11-18',
    validFrom: '2026-11-18',
    validTo: '2031-11-17',
    authority: '福州市市场监督管理局',
    authorityCode: AUTHORITY_CODE,
    ...overrides,
  } as unknown as RecordInput;
}
