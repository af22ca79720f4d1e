import { describe, expect, it } from 'vitest';
import { mapRow, normaliseDate } from '../lib/nationalTemplate';

const PENALTY_ROW = {
  目录项编码: 'SCJG-CF-01',
  信息类别: '行政处罚',
  行政相对人名称: '福州某某食品有限公司',
  行政相对人类别: '法人及非法人组织',
  统一社会信用代码: '91350100MA80000019',
  法定代表人: '张三',
  处罚决定书文号: '榕市监罚〔2026〕12号',
  违法行为类型: '销售不合格食品',
  违法事实: '经抽检不合格',
  处罚依据: '《食品安全法》第一百二十四条',
  处罚类别: '罚款;没收违法所得',
  处罚内容: '罚款5万元，没收违法所得0.8万元',
  '罚款金额（万元）': '5',
  '没收违法所得、没收非法财物的金额（万元）': '0.8',
  处罚决定日期: '2026/11/2',
  处罚机关: '福州市市场监督管理局',
  处罚机关统一社会信用代码: '11350100MB0000000Y',
  备注: '',
};

describe('the national template', () => {
  it('reads 当前状态 by code or name and 公示截止期 as a date', () => {
    const row = { ...PENALTY_ROW, 当前状态: '1', 公示截止期: '2027/11/2' };
    expect(mapRow(row)).toMatchObject({ ok: true, record: { licenceStatus: 'REVOKED', statedPublicityEnd: '2027-11-02' } });
    expect(mapRow({ ...PENALTY_ROW, 当前状态: '异议' })).toMatchObject({ ok: true, record: { licenceStatus: 'OBJECTED' } });
    expect(mapRow({ ...PENALTY_ROW, 当前状态: '9' })).toMatchObject({ ok: false });
  });

  it('maps a penalty row in Chinese columns to a RecordInput', () => {
    const mapped = mapRow(PENALTY_ROW);
    expect(mapped).toEqual({
      ok: true,
      record: {
        catalogItem: 'SCJG-CF-01',
        category: 'ADMINISTRATIVE_PENALTY',
        partyName: '福州某某食品有限公司',
        partyCategory: 'LEGAL_PERSON',
        partyCode: '91350100MA80000019',
        legalRepresentative: '张三',
        documentNumber: '榕市监罚〔2026〕12号',
        violationType: '销售不合格食品',
        facts: '经抽检不合格',
        legalBasis: '《食品安全法》第一百二十四条',
        penaltyCategories: ['FINE', 'CONFISCATION'],
        penaltyContent: '罚款5万元，没收违法所得0.8万元',
        fineAmount: 5,
        confiscatedAmount: 0.8,
        decisionDate: '2026-11-02',
        authority: '福州市市场监督管理局',
        authorityCode: '11350100MB0000000Y',
      },
    });
  });

  it('accepts the API field names as headers too', () => {
    const mapped = mapRow({ catalogItem: 'SCJG-XK-01', category: 'ADMINISTRATIVE_LICENCE', partyName: 'x', partyCategory: 'LEGAL_PERSON', partyCode: 'c', documentNumber: 'd', decisionDate: '20261102', licenceCategory: '核准' });
    expect(mapped).toMatchObject({ ok: true, record: { decisionDate: '2026-11-02', licenceCategory: 'APPROVAL' } });
  });

  it('refuses rows the API could not even parse, saying why', () => {
    expect(mapRow({ ...PENALTY_ROW, 处罚类别: '罚款;训诫' })).toMatchObject({ ok: false, code: 'INVALID_FIELD', field: 'penaltyCategories' });
    expect(mapRow({ ...PENALTY_ROW, 处罚决定日期: '2026-02-30' })).toMatchObject({ ok: false, code: 'INVALID_DATE', field: 'decisionDate' });
    expect(mapRow({ ...PENALTY_ROW, 处罚决定书文号: ' ' })).toMatchObject({ ok: false, code: 'MISSING_FIELD', field: 'documentNumber' });
    expect(mapRow({ ...PENALTY_ROW, '罚款金额（万元）': '五万' })).toMatchObject({ ok: false, code: 'INVALID_FIELD', field: 'fineAmount' });
  });

  it('reads the date formats departments export', () => {
    expect(['2026-11-02', '2026/11/2', '20261102', '2026年11月2日'].map(normaliseDate)).toEqual(Array(4).fill('2026-11-02'));
    expect(normaliseDate('2026-13-01')).toBeNull();
  });
});
