/**
 * 联合奖惩措施清单: the joint reward and punishment measures the lists trigger, each with its legal
 * basis, kind, the list types it follows, the matters it applies to and the implementing
 * departments (codes of the departments directory, `@credit/departments`).
 */
import type { DepartmentCode } from '@credit/departments';
import type { MeasureRow } from '../db/schema';

export const MEASURE_MATTERS = [
  'BIDDING',
  'FISCAL_FUNDS',
  'GOVERNMENT_PROCUREMENT',
  'LICENSING',
  'FLIGHTS',
  'HIGH_GRADE_TRAINS',
  'AWARDS',
  'MARKET_ACCESS',
  'FINANCING',
  'HONOURS',
  'PUBLIC_OFFICE',
  'CREDIT_SERVICES',
] as const;
export type MeasureMatter = (typeof MEASURE_MATTERS)[number];

type Matter = MeasureMatter;
const m = (
  code: string,
  name: string,
  effect: MeasureRow['effect'],
  kind: MeasureRow['kind'],
  legalBasis: string,
  listTypes: MeasureRow['listTypes'],
  matters: Matter[],
  departments: DepartmentCode[],
): MeasureRow => ({ code, name, effect, kind, legalBasis, listTypes, matters, departments });

const MEMO_ENFORCEMENT = '《关于对失信被执行人实施联合惩戒的合作备忘录》（发改财金〔2016〕141号）';
const GUIDANCE_33 = '《国务院关于建立完善守信联合激励和失信联合惩戒制度加快推进社会诚信建设的指导意见》（国发〔2016〕33号）';
const GUIDANCE_49 = '《国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见》（国办发〔2020〕49号）';
const TAX_A_MEMO = '《关于对纳税信用A级纳税人实施联合激励措施的合作备忘录》（发改财金〔2016〕1467号）';
const TAX_MEMO = '《关于对重大税收违法案件当事人实施联合惩戒措施的合作备忘录》（发改财金〔2014〕3062号）';
const ENV_MEMO = '《关于对环境保护领域失信生产经营单位及其有关人员开展联合惩戒的合作备忘录》（发改财金〔2016〕1580号）';
const FOOD_MEMO = '《关于对食品药品生产经营严重失信者开展联合惩戒的合作备忘录》（发改财金〔2016〕1814号）';
const BUILD_MEMO = '《关于对建筑市场领域严重失信主体开展联合惩戒的合作备忘录》（发改财金〔2017〕1208号）';
const TRAVEL_OPINION = '《关于在一定期限内适当限制特定严重失信人乘坐火车推动社会信用体系建设的意见》（发改财金〔2018〕384号）';
const FLIGHT_OPINION = '《关于在一定期限内适当限制特定严重失信人乘坐民用航空器推动社会信用体系建设的意见》（发改财金〔2018〕385号）';
const SIP_PLAN = '《苏州工业园区构建以信用为基础的新型政务服务和监管机制实施方案》（2020）';

const SD: MeasureRow['listTypes'] = ['SERIOUS_DISHONESTY'];
const SD_KA: MeasureRow['listTypes'] = ['SERIOUS_DISHONESTY', 'KEY_ATTENTION'];
const KA: MeasureRow['listTypes'] = ['KEY_ATTENTION'];
const RED: MeasureRow['listTypes'] = ['RED_LIST'];

export const MEASURES: MeasureRow[] = [
  // Administrative punishments (行政性惩戒)
  m('CJ-001', '限制参与政府采购活动', 'PUNISHMENT', 'ADMINISTRATIVE', `《中华人民共和国政府采购法》第二十二条；${MEMO_ENFORCEMENT}`, SD, ['GOVERNMENT_PROCUREMENT'], ['CZJ', 'GGZY']),
  m('CJ-002', '限制参与工程建设项目招标投标', 'PUNISHMENT', 'ADMINISTRATIVE', `《中华人民共和国招标投标法实施条例》第六十七条；${BUILD_MEMO}`, SD, ['BIDDING'], ['FGW', 'ZJJ', 'GGZY', 'JTYSJ']),
  m('CJ-003', '限制申请财政性资金项目', 'PUNISHMENT', 'ADMINISTRATIVE', `${GUIDANCE_33}第（十一）项；${MEMO_ENFORCEMENT}`, SD, ['FISCAL_FUNDS'], ['FGW', 'CZJ', 'KJJ']),
  m('CJ-004', '限制获得政府补贴性资金和社会保障资金支持', 'PUNISHMENT', 'ADMINISTRATIVE', `${MEMO_ENFORCEMENT}；《企业信息公示暂行条例》第十八条`, SD, ['FISCAL_FUNDS'], ['CZJ', 'RSJ', 'FGW']),
  m('CJ-005', '从严审核行政许可审批项目，不适用告知承诺制', 'PUNISHMENT', 'ADMINISTRATIVE', `${GUIDANCE_49}；《优化营商环境条例》第四十条`, SD, ['LICENSING'], ['SCJGJ', 'ZJJ', 'STHJJ', 'JTYSJ']),
  m('CJ-006', '限制新设立公司担任法定代表人、董事、监事及高级管理人员', 'PUNISHMENT', 'ADMINISTRATIVE', `《中华人民共和国公司法》第一百七十八条；${MEMO_ENFORCEMENT}`, SD, ['MARKET_ACCESS'], ['SCJGJ']),
  m('CJ-007', '限制发行企业债券、公司债券', 'PUNISHMENT', 'ADMINISTRATIVE', `《企业债券管理条例》第十二条；${MEMO_ENFORCEMENT}`, SD, ['FINANCING'], ['FGW', 'JRJG']),
  m('CJ-008', '限制担任国有企业法定代表人及董事、监事、高级管理人员', 'PUNISHMENT', 'ADMINISTRATIVE', `《中华人民共和国企业国有资产法》第二十三条；${MEMO_ENFORCEMENT}`, SD, ['PUBLIC_OFFICE'], ['ZZB']),
  m('CJ-009', '限制录用为公务员或参照公务员法管理的工作人员', 'PUNISHMENT', 'ADMINISTRATIVE', `《中华人民共和国公务员法》第二十六条；${MEMO_ENFORCEMENT}`, SD, ['PUBLIC_OFFICE'], ['ZZB', 'RSJ']),
  m('CJ-010', '取消参加评先评优资格', 'PUNISHMENT', 'ADMINISTRATIVE', `${GUIDANCE_33}第（十三）项`, SD, ['AWARDS', 'HONOURS'], ['WMB', 'RSJ', 'XYZX']),
  m('CJ-011', '撤销已获得的文明单位称号或取消参评资格', 'PUNISHMENT', 'SOCIAL', `《全国文明城市测评体系》；${MEMO_ENFORCEMENT}`, SD, ['HONOURS'], ['WMB']),
  m('CJ-012', '纳税信用直接判为D级，增值税专用发票限量供应', 'PUNISHMENT', 'ADMINISTRATIVE', `《纳税信用管理办法（试行）》第二十条、第三十二条；${TAX_MEMO}`, SD, ['LICENSING', 'CREDIT_SERVICES'], ['SWJ']),
  m('CJ-013', '限制环境保护专项资金支持，暂停审批新建项目环评文件', 'PUNISHMENT', 'ADMINISTRATIVE', `《中华人民共和国环境保护法》第六十三条；${ENV_MEMO}`, SD, ['FISCAL_FUNDS', 'LICENSING'], ['STHJJ']),
  m('CJ-014', '食品药品生产经营相关行政许可从严审查', 'PUNISHMENT', 'ADMINISTRATIVE', `《中华人民共和国食品安全法》第一百三十五条；${FOOD_MEMO}`, SD, ['LICENSING', 'MARKET_ACCESS'], ['SCJGJ']),
  m('CJ-015', '降低资质等级或限制资质升级、增项', 'PUNISHMENT', 'ADMINISTRATIVE', `《建筑业企业资质管理规定》第三十七条；${BUILD_MEMO}`, SD, ['LICENSING', 'BIDDING'], ['ZJJ']),
  // Market punishments (市场性惩戒)
  m('CJ-016', '限制乘坐民用航空器', 'PUNISHMENT', 'MARKET', `${FLIGHT_OPINION}；《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第三条`, SD, ['FLIGHTS'], ['MHJ', 'FY']),
  m('CJ-017', '限制乘坐G字头动车组列车全部座位及其他动车组一等以上座位', 'PUNISHMENT', 'MARKET', `${TRAVEL_OPINION}；《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第三条`, SD, ['HIGH_GRADE_TRAINS'], ['TLJ', 'FY']),
  m('CJ-018', '从严审核授信，提高贷款利率和财产保险费率', 'PUNISHMENT', 'MARKET', `《征信业管理条例》第十五条；${MEMO_ENFORCEMENT}`, SD, ['FINANCING', 'CREDIT_SERVICES'], ['RMYH', 'JRJG']),
  m('CJ-019', '限制高消费及非生活和工作必需的消费行为', 'PUNISHMENT', 'MARKET', '《最高人民法院关于限制被执行人高消费及有关消费的若干规定》（法释〔2015〕17号）第三条', SD, ['MARKET_ACCESS'], ['FY']),
  // Industry punishments (行业性惩戒)
  m('CJ-020', '行业协会商会通报批评、公开谴责', 'PUNISHMENT', 'INDUSTRY', `${GUIDANCE_33}第（十四）项`, SD, ['HONOURS', 'AWARDS'], ['SCJGJ', 'XYZX']),
  m('CJ-021', '在信用中国（苏州工业园区）网站公示失信信息', 'PUNISHMENT', 'SOCIAL', `《企业信息公示暂行条例》第七条；${GUIDANCE_49}`, SD, ['CREDIT_SERVICES'], ['XYZX']),
  // Key attention (重点关注): graded supervision
  m('ZD-001', '列为重点监管对象，提高“双随机、一公开”抽查比例和频次', 'PUNISHMENT', 'ADMINISTRATIVE', `《国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见》（国发〔2019〕5号）；${SIP_PLAN}`, SD_KA, ['LICENSING', 'MARKET_ACCESS'], ['SCJGJ', 'STHJJ', 'ZJJ', 'JTYSJ']),
  m('ZD-002', '不适用信用承诺制和容缺受理', 'PUNISHMENT', 'ADMINISTRATIVE', `《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号）；${SIP_PLAN}`, SD_KA, ['LICENSING'], ['SCJGJ', 'ZJJ', 'STHJJ', 'JTYSJ', 'RSJ']),
  m('ZD-003', '审慎给予财政资金扶持，加强资金使用跟踪', 'PUNISHMENT', 'ADMINISTRATIVE', `${SIP_PLAN}；《江苏省社会信用条例》第三十九条`, KA, ['FISCAL_FUNDS'], ['CZJ', 'KJJ', 'FGW']),
  m('ZD-004', '在政府采购评审中作为信用扣分因素', 'PUNISHMENT', 'ADMINISTRATIVE', `《财政部关于在政府采购活动中查询及使用信用记录有关问题的通知》（财库〔2016〕125号）；${SIP_PLAN}`, KA, ['GOVERNMENT_PROCUREMENT', 'BIDDING'], ['CZJ', 'GGZY']),
  m('ZD-005', '开展提示性或警示性约谈，督促限期整改', 'PUNISHMENT', 'ADMINISTRATIVE', `${GUIDANCE_49}第（十）项；${SIP_PLAN}`, SD_KA, ['CREDIT_SERVICES'], ['XYZX', 'SCJGJ']),
  // Rewards (守信激励)
  m('JL-001', '行政审批“绿色通道”，容缺受理、优先办理', 'REWARD', 'ADMINISTRATIVE', `${GUIDANCE_33}第（六）项；${TAX_A_MEMO}`, RED, ['LICENSING'], ['SCJGJ', 'ZJJ', 'STHJJ', 'JTYSJ', 'RSJ']),
  m('JL-002', '信易批：适用告知承诺制，简化申报材料', 'REWARD', 'ADMINISTRATIVE', `《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号）；${SIP_PLAN}`, RED, ['LICENSING', 'MARKET_ACCESS'], ['SCJGJ', 'ZJJ', 'STHJJ']),
  m('JL-003', '财政性资金项目安排同等条件下优先支持', 'REWARD', 'ADMINISTRATIVE', `${GUIDANCE_33}第（七）项；${TAX_A_MEMO}`, RED, ['FISCAL_FUNDS'], ['FGW', 'CZJ', 'KJJ']),
  m('JL-004', '政府采购和招标投标中给予信用加分', 'REWARD', 'ADMINISTRATIVE', `《财政部关于在政府采购活动中查询及使用信用记录有关问题的通知》（财库〔2016〕125号）；${SIP_PLAN}`, RED, ['GOVERNMENT_PROCUREMENT', 'BIDDING'], ['CZJ', 'GGZY']),
  m('JL-005', '降低“双随机、一公开”抽查比例和频次', 'REWARD', 'ADMINISTRATIVE', `《国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见》（国发〔2019〕5号）`, RED, ['LICENSING'], ['SCJGJ', 'STHJJ', 'ZJJ']),
  m('JL-006', '信易贷：优先授信、降低利率、简化手续', 'REWARD', 'MARKET', `《国务院办公厅关于印发加强信用信息共享应用促进中小微企业融资实施方案的通知》（国办发〔2021〕52号）；${TAX_A_MEMO}`, RED, ['FINANCING', 'CREDIT_SERVICES'], ['RMYH', 'JRJG']),
  m('JL-007', '评先评优中优先推荐', 'REWARD', 'SOCIAL', `${GUIDANCE_33}第（八）项`, RED, ['AWARDS', 'HONOURS'], ['WMB', 'RSJ', 'XYZX']),
  m('JL-008', '增值税发票领用按需供应，出口退税优先办理', 'REWARD', 'ADMINISTRATIVE', `《纳税信用管理办法（试行）》第二十九条；${TAX_A_MEMO}`, RED, ['CREDIT_SERVICES'], ['SWJ']),
  m('JL-009', '信易租、信易游等信易+场景优惠', 'REWARD', 'MARKET', `《关于加快推进“信易+”守信激励应用的通知》；${SIP_PLAN}`, RED, ['CREDIT_SERVICES', 'MARKET_ACCESS'], ['XYZX', 'SWJZ']),
  m('JL-010', '在信用中国（苏州工业园区）网站公示守信激励对象', 'REWARD', 'SOCIAL', `${GUIDANCE_33}第（九）项`, RED, ['HONOURS'], ['XYZX']),
];
