/**
 * The three lists as data (effective-dated): legal basis, entry criteria, exit conditions, period
 * and what the public may see. Periods follow 信用修复管理办法 (NDRC order 2025 no. 36) for the
 * serious dishonesty list; the key attention and red list periods are local practice
 * **[configurable]**.
 */
import type { ListDefinitionRow } from '../db/schema';

export const LIST_DEFINITIONS: ListDefinitionRow[] = [
  {
    listType: 'SERIOUS_DISHONESTY',
    name: '严重失信主体名单',
    legalBasis:
      '《国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见》（国办发〔2020〕49号）；' +
      '《失信行为纠正后的信用信息修复管理办法（试行）》；各领域严重失信主体名单管理办法',
    entryCriteria:
      '依据法律、法规或党中央、国务院政策文件，限于严重危害人民群众身体健康和生命安全、严重破坏市场公平竞争秩序和社会正常秩序、' +
      '有履行能力但拒不履行严重影响司法机关和行政机关公信力、拒不履行国防义务等行为，以行政处罚等生效文书为依据认定',
    exitConditions:
      '名单期满自动移出（3年）；期满前纠正失信行为、履行法定义务、作出信用承诺并满最短公示期（1年）的，可申请信用修复；' +
      '认定依据被撤销或变更的，应在3个工作日内移出',
    periodMonths: 36,
    minimumMonths: 12,
    objectionDays: 10,
    publicOrganisations: true,
    publicPersons: true,
    effectiveFrom: '2020-12-07',
  },
  {
    listType: 'KEY_ATTENTION',
    name: '重点关注对象名单',
    legalBasis:
      '《国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见》（国办发〔2020〕49号）；' +
      '《苏州工业园区构建以信用为基础的新型政务服务和监管机制实施方案》（2020）',
    entryCriteria: '存在失信行为但尚未达到严重失信主体认定标准，或被列入经营异常名录、受到较重行政处罚且未按期整改的主体',
    exitConditions: '名单期满自动移出（1年）；限期整改完成并经认定部门确认的，可申请提前移出',
    periodMonths: 12,
    minimumMonths: 3,
    objectionDays: 7,
    publicOrganisations: false,
    publicPersons: false,
    effectiveFrom: '2020-12-07',
  },
  {
    listType: 'RED_LIST',
    name: '守信激励对象名单（红名单）',
    legalBasis:
      '《国务院关于建立完善守信联合激励和失信联合惩戒制度加快推进社会诚信建设的指导意见》（国发〔2016〕33号）；' +
      '《关于对纳税信用A级纳税人实施联合激励措施的合作备忘录》（发改财金〔2016〕1467号）',
    entryCriteria: '连续三年无严重失信记录，获得A级纳税信用、省级以上表彰或行业信用评价最高等级的主体',
    exitConditions: '名单期满（2年）自动移出；期内产生严重失信记录或一般失信行为经认定的，由认定部门移出',
    periodMonths: 24,
    minimumMonths: 0,
    objectionDays: 5,
    publicOrganisations: true,
    publicPersons: false,
    effectiveFrom: '2020-12-07',
  },
];
