/**
 * `pnpm token --dept CODE --roles ROLES [--sub ID] [--expires 8h]`, or `pnpm token --subject ID`
 * for a subject's own account (role SUBJECT, claim `subject_id`), or `pnpm token --dept XYFW-001
 * --roles AGENCY` for a credit service agency (its registry code): prints a development token
 * (signed with the gateway's development key, which production refuses). Tokens live at most
 * TOKEN_MAX_LIFETIME (12h by default) at the gateway.
 */
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '@credit/http';
import { developmentToken, organisationProblem } from '@credit/gateway/identity';

const { values } = parseArgs({
  options: {
    dept: { type: 'string' },
    roles: { type: 'string' },
    sub: { type: 'string' },
    subject: { type: 'string' },
    expires: { type: 'string', default: '8h' },
  },
});
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const roles = (values.roles ?? (values.subject ? 'SUBJECT' : 'DEPARTMENT')).split(',').map((r) => r.trim().toUpperCase().replace('-', '_'));
const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
const organisation = unknown.length ? null : organisationProblem(roles as Role[], values.dept ?? null);
const problems = [
  ...(unknown.length ? [`unknown role: ${unknown.join(', ')}`] : []),
  ...(organisation ? [`--dept: ${organisation}`] : []),
  ...(roles.includes('SUBJECT') && !values.subject ? ['a SUBJECT token needs --subject <subject id>'] : []),
  ...(values.subject && !UUID.test(values.subject) ? ['--subject takes a subject id (a UUID: `subject(id:)` / searchSubjects give it)'] : []),
];
if (problems.length) {
  console.error(`usage: pnpm token --dept CODE --roles ${ROLES.join(',')} [--sub ID] [--expires 8h]\n       pnpm token --subject SUBJECT_ID [--expires 1h]`);
  for (const problem of problems) console.error(problem);
  process.exit(2);
}
console.log(
  await developmentToken(
    {
      sub: values.sub ?? (values.subject ? `subject:${values.subject.toLowerCase()}` : `${values.dept ?? 'user'}-developer`),
      dept: values.dept,
      roles: roles as Role[],
      subjectId: values.subject?.toLowerCase(),
    },
    values.expires,
  ),
);
