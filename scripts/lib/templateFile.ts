/** Writes a national-template CSV of demo licences and penalties (for benchmarks and trials). */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { demoSubject, isOrganisationIndex, Random } from '@credit/demo-data';

export const TEMPLATE_COLUMNS = [
  '目录项编码', '信息类别', '行政相对人名称', '行政相对人类别', '统一社会信用代码', '法定代表人',
  '处罚决定书文号', '违法行为类型', '违法事实', '处罚依据', '处罚类别', '处罚内容', '罚款金额（万元）',
  '行政许可决定文书名称', '许可类别', '许可证书名称', '许可编号', '许可内容', '决定日期', '有效期自', '有效期至',
  '处罚机关', '处罚机关统一社会信用代码', '数据来源单位', '数据来源单位统一社会信用代码', '备注',
];

const csv = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * `count` records of 市场监管局 (department SCJGJ) for organisations among the first `subjects`
 * demo subjects: two thirds licences, one third penalties; every 200th row has a mistyped code.
 */
export async function writeTemplateCsv(path: string, options: { count: number; subjects: number; seed: number; run: string }): Promise<void> {
  const out = createWriteStream(path);
  out.write(`${TEMPLATE_COLUMNS.join(',')}\n`);
  const random = new Random(options.seed ^ 0xbe7c);
  const AUTHORITY = '市场监督管理局';
  const AUTHORITY_CODE = '11350100MB0000000Y';
  for (let n = 0; n < options.count; n++) {
    let index = random.int(0, options.subjects - 1);
    while (!isOrganisationIndex(index)) index = random.int(0, options.subjects - 1);
    const subject = demoSubject(options.seed, index);
    const code = n % 200 === 199 ? `${subject.code.slice(0, 17)}${subject.code.endsWith('0') ? '1' : '0'}` : subject.code;
    const month = String(random.int(1, 10)).padStart(2, '0');
    const day = String(random.int(1, 28)).padStart(2, '0');
    const date = `2026-${month}-${day}`;
    const party = [subject.name, subject.code.startsWith('92') ? '个体工商户' : '法人及非法人组织', code, subject.legalRepresentative];
    const penalty = n % 3 === 0;
    const fine = Math.round(random.next() * 2000) / 100 + 0.1;
    const row = penalty
      ? ['SCJG-CF-01', '行政处罚', ...party, `榕市监罚〔${options.run}〕${n}号`, '销售不符合食品安全标准的食品', '经抽检，当事人销售的食品不符合食品安全标准。', '《中华人民共和国食品安全法》第一百二十四条', '罚款', `罚款${fine}万元`, fine, null, null, null, null, null, date, null, null]
      : ['SCJG-XK-01', '行政许可', ...party, `JY${options.run}-${n}`, null, null, null, null, null, null, '食品经营许可证', '普通', '食品经营许可证', `JY1350100${n}`, '预包装食品销售', date, date, '2031-12-31'];
    row.push(AUTHORITY, AUTHORITY_CODE, AUTHORITY, AUTHORITY_CODE, null);
    if (!out.write(`${row.map(csv).join(',')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
