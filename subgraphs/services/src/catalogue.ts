/**
 * Reference data of the services subgraph: the approval matters of a Suzhou-style one-network
 * portal (一网通办), commitment templates, the decision rule set and the 信易+ incentive catalogue.
 * They are rows (see referenceData.ts), so a new matter, rule or incentive is data, not a release.
 */
import { departmentName, type DepartmentCode } from '@credit/departments';
import type { ApprovalMatterRow, CommitmentTemplateRow, DecisionRuleSetRow, IncentiveRow } from './db/schema';

const m = (
  code: string,
  name: string,
  department: DepartmentCode,
  flags: { commitment?: boolean; missing?: boolean; green?: boolean },
  measureMatters: string[],
): ApprovalMatterRow => ({
  code,
  name,
  department,
  departmentName: departmentName(department),
  commitmentAllowed: flags.commitment ?? false,
  acceptWithMissingMaterials: flags.missing ?? false,
  greenChannel: flags.green ?? false,
  measureMatters,
});

/** Twenty matters of the portal, across the departments that apply joint measures; names from the departments directory. */
export const MATTERS: ApprovalMatterRow[] = [
  m('SZ-SCJG-001', '企业设立登记', 'SCJGJ', { commitment: true, missing: true, green: true }, ['MARKET_ACCESS']),
  m('SZ-SCJG-002', '食品经营许可', 'SCJGJ', { commitment: true, missing: true, green: true }, ['LICENSING', 'MARKET_ACCESS']),
  m('SZ-SCJG-003', '工业产品生产许可证核发', 'SCJGJ', { commitment: true, green: false }, ['LICENSING']),
  m('SZ-SCJG-004', '特种设备使用登记', 'SCJGJ', { missing: true }, ['LICENSING']),
  m('SZ-ZJ-001', '建筑工程施工许可证核发', 'ZJJ', { commitment: true, missing: true, green: true }, ['LICENSING', 'BIDDING']),
  m('SZ-ZJ-002', '建筑业企业资质认定', 'ZJJ', { commitment: true }, ['LICENSING', 'MARKET_ACCESS']),
  m('SZ-ZJ-003', '房屋建筑工程招标投标备案', 'ZJJ', {}, ['BIDDING']),
  m('SZ-STHJ-001', '排污许可证核发', 'STHJJ', { commitment: true, missing: true }, ['LICENSING']),
  m('SZ-STHJ-002', '建设项目环境影响评价审批', 'STHJJ', { commitment: true, green: true }, ['LICENSING']),
  m('SZ-JT-001', '道路货物运输经营许可', 'JTYSJ', { commitment: true, missing: true, green: true }, ['LICENSING', 'MARKET_ACCESS']),
  m('SZ-JT-002', '出租汽车经营许可', 'JTYSJ', {}, ['LICENSING', 'MARKET_ACCESS']),
  m('SZ-RS-001', '劳务派遣经营许可', 'RSJ', { commitment: true }, ['LICENSING']),
  m('SZ-RS-002', '就业创业补贴申领', 'RSJ', { missing: true, green: true }, ['FISCAL_FUNDS']),
  m('SZ-CZ-001', '政府采购供应商资格审查', 'CZJ', { commitment: true }, ['GOVERNMENT_PROCUREMENT']),
  m('SZ-FGW-001', '企业投资项目核准', 'FGW', { commitment: true, missing: true, green: true }, ['LICENSING', 'MARKET_ACCESS']),
  m('SZ-FGW-002', '省级专项资金申报', 'FGW', { green: true }, ['FISCAL_FUNDS']),
  m('SZ-WJW-001', '医疗机构执业登记', 'WJW', { missing: true }, ['LICENSING']),
  m('SZ-WGL-001', '旅行社业务经营许可', 'WGLJ', { commitment: true, green: true }, ['LICENSING', 'MARKET_ACCESS']),
  m('SZ-YJ-001', '危险化学品经营许可', 'YJGLJ', {}, ['LICENSING']),
  m('SZ-KJ-001', '高新技术企业认定及奖励', 'KJJ', { green: true }, ['FISCAL_FUNDS', 'HONOURS', 'AWARDS']),
];

const t = (
  code: string,
  matterCode: string,
  kind: CommitmentTemplateRow['kind'],
  title: string,
  text: string,
  conditions: string[],
  deadlineDays: number,
): CommitmentTemplateRow => ({ code, matterCode, kind, title, text, conditions, deadlineDays });

const TRUTHFUL = '{subject}承诺所提交材料真实、合法、有效，如有虚假，自愿承担相应法律责任，并接受失信惩戒。';

export const TEMPLATES: CommitmentTemplateRow[] = [
  t('TPL-SCJG-001-A', 'SZ-SCJG-001', 'REPLACES_APPROVAL', '住所（经营场所）使用证明告知承诺书', `${TRUTHFUL}{subject}对住所（经营场所）享有合法使用权。`, ['住所真实可用', '不得擅自改变房屋用途'], 30),
  t('TPL-SCJG-002-A', 'SZ-SCJG-002', 'REPLACES_APPROVAL', '食品经营许可告知承诺书', `${TRUTHFUL}{subject}具备与经营食品品种、数量相适应的场所、设备和人员。`, ['经营场所符合食品安全要求', '配备食品安全管理人员', '建立进货查验记录制度'], 60),
  t('TPL-SCJG-002-M', 'SZ-SCJG-002', 'MISSING_MATERIALS', '食品经营许可容缺受理承诺书', `${TRUTHFUL}{subject}将在规定期限内补齐容缺材料。`, ['补齐健康证明', '补齐设备布局图'], 20),
  t('TPL-SCJG-003-A', 'SZ-SCJG-003', 'CERTIFICATION', '工业产品生产许可证明事项告知承诺书', `${TRUTHFUL}{subject}具备产品检验能力和质量管理制度。`, ['产品抽检合格', '质量管理制度健全'], 90),
  t('TPL-ZJ-001-A', 'SZ-ZJ-001', 'REPLACES_APPROVAL', '施工许可告知承诺书', `${TRUTHFUL}{subject}已落实建设资金，施工图已审查合格。`, ['建设资金已落实', '施工图审查合格', '开工前办理质量安全监督手续'], 90),
  t('TPL-ZJ-001-M', 'SZ-ZJ-001', 'MISSING_MATERIALS', '施工许可容缺受理承诺书', `${TRUTHFUL}{subject}将在规定期限内补齐容缺材料。`, ['补齐施工合同', '补齐监理合同'], 30),
  t('TPL-ZJ-002-A', 'SZ-ZJ-002', 'CERTIFICATION', '建筑业企业资质告知承诺书', `${TRUTHFUL}{subject}的注册人员、技术负责人和业绩真实。`, ['人员社保真实', '业绩可核验'], 180),
  t('TPL-STHJ-001-A', 'SZ-STHJ-001', 'REPLACES_APPROVAL', '排污许可告知承诺书', `${TRUTHFUL}{subject}按许可证载明的排放浓度和总量排放污染物。`, ['安装自动监测设备', '按期提交执行报告'], 90),
  t('TPL-STHJ-001-M', 'SZ-STHJ-001', 'MISSING_MATERIALS', '排污许可容缺受理承诺书', `${TRUTHFUL}{subject}将在规定期限内补齐容缺材料。`, ['补齐监测方案'], 30),
  t('TPL-STHJ-002-A', 'SZ-STHJ-002', 'REPLACES_APPROVAL', '环评审批告知承诺书', `${TRUTHFUL}{subject}落实环境影响报告书提出的各项污染防治措施。`, ['落实污染防治措施', '竣工环保验收'], 365),
  t('TPL-JT-001-A', 'SZ-JT-001', 'REPLACES_APPROVAL', '道路货物运输经营许可告知承诺书', `${TRUTHFUL}{subject}具备与经营相适应的车辆、驾驶人员和安全生产管理制度。`, ['车辆技术等级达标', '驾驶员持证上岗'], 60),
  t('TPL-JT-001-M', 'SZ-JT-001', 'MISSING_MATERIALS', '道路货物运输容缺受理承诺书', `${TRUTHFUL}{subject}将在规定期限内补齐容缺材料。`, ['补齐车辆行驶证'], 20),
  t('TPL-RS-001-A', 'SZ-RS-001', 'REPLACES_APPROVAL', '劳务派遣经营许可告知承诺书', `${TRUTHFUL}{subject}注册资本和经营场所符合规定。`, ['注册资本不少于200万元', '有固定经营场所'], 60),
  t('TPL-RS-002-M', 'SZ-RS-002', 'MISSING_MATERIALS', '就业补贴容缺受理承诺书', `${TRUTHFUL}{subject}将在规定期限内补齐社保缴纳证明。`, ['补齐社保缴纳证明'], 30),
  t('TPL-CZ-001-A', 'SZ-CZ-001', 'CERTIFICATION', '政府采购供应商资格声明函', `${TRUTHFUL}{subject}参加政府采购活动前三年内经营活动中没有重大违法记录。`, ['无重大违法记录', '依法缴纳税收和社会保障资金'], 365),
  t('TPL-FGW-001-A', 'SZ-FGW-001', 'REPLACES_APPROVAL', '企业投资项目告知承诺书', `${TRUTHFUL}{subject}项目符合产业政策和规划要求。`, ['符合产业政策', '按期开工建设'], 180),
  t('TPL-WGL-001-A', 'SZ-WGL-001', 'REPLACES_APPROVAL', '旅行社业务经营许可告知承诺书', `${TRUTHFUL}{subject}已按规定交纳质量保证金。`, ['交纳质量保证金', '有固定经营场所'], 60),
];

/** The rule set in force from 2020-07-01 (the Park's implementation plan). Grades are configurable. */
export const RULE_SETS: DecisionRuleSetRow[] = [
  {
    version: 'SIP-2020.1',
    effectiveFrom: '2020-07-01',
    greenChannelGrades: ['A'],
    commitmentGrades: ['A', 'B'],
    restrictedGrades: ['C', 'D'],
    refusingListTypes: ['SERIOUS_DISHONESTY'],
    negativeListTypes: ['SERIOUS_DISHONESTY', 'KEY_ATTENTION'],
    brokenCommitmentMonths: 12,
  },
];

const minGrade = (grade: 'A' | 'B' | 'C') => ({ kind: 'MINIMUM_GRADE' as const, minimumGrade: grade, description: `Grade ${grade} or better` });
const NO_LISTING = { kind: 'NO_NEGATIVE_LISTING' as const, description: 'No active listing on the serious dishonesty or key attention list' };
const NO_BROKEN = { kind: 'NO_BROKEN_COMMITMENT' as const, description: 'No broken credit commitment that is not repaired' };
const NO_PUNISHMENT = { kind: 'NO_PUNISHMENT_MEASURE' as const, description: "No joint punishment measure on the incentive's matter" };

export const INCENTIVES: IncentiveRow[] = [
  { code: 'XYP-01', name: '信易批', provider: '苏州工业园区行政审批局', benefit: '审批绿色通道、容缺受理、告知承诺优先', measureMatter: 'LICENSING', rules: [minGrade('A'), NO_LISTING, NO_BROKEN], position: 1 },
  { code: 'XYD-01', name: '信易贷', provider: '苏州综合金融服务平台（合作银行）', benefit: '纯信用贷款、利率优惠、快速审批', measureMatter: 'FINANCING', rules: [minGrade('B'), NO_LISTING, NO_PUNISHMENT], position: 2 },
  { code: 'XYZ-01', name: '信易租', provider: '园区人才公寓及标准厂房运营方', benefit: '免押金或降低押金、租金优惠', measureMatter: null, rules: [minGrade('B'), NO_LISTING, NO_BROKEN], position: 3 },
  { code: 'XYY-01', name: '信易游', provider: '苏州市文化广电和旅游局（合作景区）', benefit: '景区门票优惠、免押金租赁', measureMatter: null, rules: [minGrade('B'), NO_LISTING], position: 4 },
  { code: 'XYJ-01', name: '信易批·财政资金', provider: '苏州工业园区财政局', benefit: '专项资金申报优先评审', measureMatter: 'FISCAL_FUNDS', rules: [minGrade('A'), NO_LISTING, NO_PUNISHMENT, NO_BROKEN], position: 5 },
  { code: 'XYX-01', name: '信易行', provider: '苏州市交通运输局（公共自行车、停车）', benefit: '免押金使用公共自行车、停车优惠', measureMatter: null, rules: [minGrade('C'), NO_LISTING], position: 6 },
  { code: 'XYY-02', name: '信易医', provider: '园区合作医疗机构', benefit: '先诊疗后付费', measureMatter: null, rules: [minGrade('B'), NO_LISTING, NO_BROKEN], position: 7 },
];
