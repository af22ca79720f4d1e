import { creditCodeCheckCharacter, CREDIT_CODE_ALPHABET, idNumberCheckCharacter } from '@credit/identifiers';
import { Random } from './random';
import { COMPANY_FORMS, GIVEN, INDUSTRIES, REGIONS, SURNAMES, TRADE_NAMES } from './words';

export type DemoRelationKind = 'LEGAL_REPRESENTATIVE' | 'SHAREHOLDER' | 'BRANCH';
export type DemoStatus = 'ACTIVE' | 'ABNORMAL' | 'REVOKED' | 'CANCELLED';

/** `related` is `subject`'s `kind` (its legal representative, a shareholder, a branch). */
export interface DemoRelation {
  kind: DemoRelationKind;
  subjectIndex: number;
  relatedIndex: number;
  sharePercent: number | null;
}

export interface DemoSubject {
  index: number;
  id: string;
  code: string;
  codeType: 'CREDIT_CODE' | 'ID_NUMBER';
  name: string;
  legalRepresentative: string | null;
  registeredAt: string | null;
  industryCode: string | null;
  regionCode: string;
  status: DemoStatus;
  /** Relations this subject brings in; both ends are in its own block or an earlier one. */
  relations: DemoRelation[];
}

/**
 * The population comes in blocks of ten: six organisations (slots 0–5) and four people (6–9), the
 * people being the organisations' legal representatives and shareholders. Subject `i` is a pure
 * function of (seed, i), so any subgraph can regenerate any part of the same population.
 */
const BLOCK = 10;
const ORGANISATIONS = 6;
const ORG_CODE_SPACE = 31 ** 7;
const PERSON_SPACE = 20_000 * 1000 * REGIONS.length;
const BIRTH_BASE = Date.UTC(1950, 0, 1);
const DAY = 86_400_000;

const CATEGORY_WEIGHTS: [string, number][] = [
  ['91', 70],
  ['92', 18],
  ['93', 3],
  ['12', 3],
  ['11', 2],
  ['51', 2],
  ['52', 1],
  ['53', 1],
];
const CATEGORIES = CATEGORY_WEIGHTS.flatMap(([category, weight]) => Array<string>(weight).fill(category));
const STATUSES: DemoStatus[] = [...Array<DemoStatus>(92).fill('ACTIVE'), ...Array<DemoStatus>(4).fill('ABNORMAL'), 'REVOKED', 'REVOKED', 'CANCELLED', 'CANCELLED'];
const BUREAUS = ['市场监督管理局', '生态环境局', '住房和城乡建设局', '交通运输局', '税务局', '人力资源和社会保障局'];
const INSTITUTIONS = ['公共资源交易中心', '实验学校', '人民医院', '检验检测中心', '职业技术学院'];
const SOCIAL = ['行业协会', '商会', '民办学校', '慈善基金会', '科技服务中心'];

export function isOrganisationIndex(index: number): boolean {
  return index % BLOCK < ORGANISATIONS;
}

function randomFor(seed: number, index: number): Random {
  return new Random(Math.imul(index + 1, 0x9e3779b1) ^ seed);
}

function base31(value: number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) {
    text = CREDIT_CODE_ALPHABET.charAt(value % 31) + text;
    value = Math.floor(value / 31);
  }
  return text;
}

function personName(random: Random): string {
  return random.pick(SURNAMES) + random.pick(GIVEN);
}

function organisationName(category: string, region: string, random: Random): { name: string; industry: string } {
  const trade = random.pick(TRADE_NAMES) + (random.chance(0.6) ? random.pick(TRADE_NAMES).charAt(0) : '');
  const industry = random.pick(INDUSTRIES);
  const name =
    category === '91' ? `${region}${trade}${industry.words}${random.pick(COMPANY_FORMS)}`
    : category === '92' ? `${region}${trade}${industry.scope}${random.chance(0.5) ? '店' : '经营部'}`
    : category === '93' ? `${region}${trade}农业专业合作社`
    : category === '11' ? `${region}${random.pick(BUREAUS)}`
    : category === '12' ? `${region}${trade}${random.pick(INSTITUTIONS)}`
    : `${region}${trade}${random.pick(SOCIAL)}`;
  return { name, industry: industry.code };
}

/** The subject at `index` of the population drawn from `seed`. */
export function demoSubject(seed: number, index: number): DemoSubject {
  const random = randomFor(seed, index);
  const id = random.uuid();
  const block = Math.floor(index / BLOCK);
  const slot = index % BLOCK;
  const region = random.pick(REGIONS);

  if (!isOrganisationIndex(index)) {
    const scrambled = (index * 7919 + 104_729) % PERSON_SPACE;
    const birth = new Date(BIRTH_BASE + (scrambled % 20_000) * DAY).toISOString().slice(0, 10).replaceAll('-', '');
    const personRegion = REGIONS[Math.floor(scrambled / 20_000_000)]!.code;
    const body = personRegion + birth + String(Math.floor(scrambled / 20_000) % 1000).padStart(3, '0');
    return {
      index, id, code: body + idNumberCheckCharacter(body), codeType: 'ID_NUMBER', name: personName(random),
      legalRepresentative: null, registeredAt: null, industryCode: null, regionCode: personRegion,
      status: 'ACTIVE', relations: [],
    };
  }

  const category = slot === 0 ? '91' : random.pick(CATEGORIES);
  const body = category + region.code + 'MA' + base31((index * 104_723 + 7_777_777) % ORG_CODE_SPACE, 7);
  const representativeIndex = block * BLOCK + ORGANISATIONS + (slot % (BLOCK - ORGANISATIONS));
  const relation = (kind: DemoRelationKind, relatedIndex: number, sharePercent: number | null = null) =>
    ({ kind, subjectIndex: index, relatedIndex, sharePercent });
  const relations: DemoRelation[] = [relation('LEGAL_REPRESENTATIVE', representativeIndex)];
  let { name, industry } = organisationName(category, region.name, random);
  if (category === '91') {
    const partner = block * BLOCK + ORGANISATIONS + ((slot + 1) % (BLOCK - ORGANISATIONS));
    const share = random.int(51, 90);
    relations.push(relation('SHAREHOLDER', representativeIndex, share));
    relations.push(relation('SHAREHOLDER', partner, 100 - share));
    if (block > 0 && slot > 0 && random.chance(0.1)) {
      // A branch of the previous block's head office, named after it.
      const headOffice = (block - 1) * BLOCK;
      const head = demoSubject(seed, headOffice);
      name = `${head.name}${region.name}分公司`;
      industry = head.industryCode ?? industry;
      relations.push({ kind: 'BRANCH', subjectIndex: headOffice, relatedIndex: index, sharePercent: null });
    }
  }
  const year = random.int(1995, 2025);
  return {
    index, id, code: body + creditCodeCheckCharacter(body), codeType: 'CREDIT_CODE', name,
    legalRepresentative: demoSubject(seed, representativeIndex).name,
    registeredAt: `${year}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`,
    industryCode: industry, regionCode: region.code, status: random.pick(STATUSES), relations,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
