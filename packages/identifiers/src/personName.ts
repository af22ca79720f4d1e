/**
 * Compound surnames (复姓) kept whole when a name is shown by its surname only. Common ones; a
 * rarer compound surname shows its first character, which still hides the given name.
 */
const COMPOUND_SURNAMES = new Set([
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '司空',
  '夏侯', '轩辕', '令狐', '钟离', '闻人', '澹台', '公冶', '太史', '申屠', '端木', '南宫', '西门', '独孤',
  '呼延', '赫连', '百里', '东郭', '万俟', '濮阳', '淳于', '单于', '拓跋', '第五', '左丘', '子车', '鲜于',
]);

/**
 * A natural person's name as public credit platforms publish penalties on individuals: the surname
 * and `**` (`张三丰` → `张**`, `欧阳修` → `欧阳**`). Always two asterisks, so the length of the
 * given name is not told either.
 */
export function surnameOnly(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '**';
  const two = chars.slice(0, 2).join('');
  const surname = chars.length > 2 && COMPOUND_SURNAMES.has(two) ? two : chars[0]!;
  return `${surname}**`;
}
