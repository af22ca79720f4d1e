/**
 * `pnpm token --dept CODE --roles ROLES [--sub ID] [--expires 8h]`: prints a development token
 * (signed with the gateway's development key, which production refuses).
 */
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '@credit/http';
import { developmentToken } from '@credit/gateway/identity';

const { values } = parseArgs({
  options: {
    dept: { type: 'string' },
    roles: { type: 'string', default: 'DEPARTMENT' },
    sub: { type: 'string' },
    expires: { type: 'string', default: '8h' },
  },
});
const roles = values.roles.split(',').map((r) => r.trim().toUpperCase().replace('-', '_'));
const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
if (unknown.length || (roles.includes('DEPARTMENT') && !values.dept)) {
  console.error(`usage: pnpm token --dept CODE --roles ${ROLES.join(',')} [--sub ID] [--expires 8h]`);
  if (unknown.length) console.error(`unknown role: ${unknown.join(', ')}`);
  if (roles.includes('DEPARTMENT') && !values.dept) console.error('a DEPARTMENT token needs --dept');
  process.exit(2);
}
console.log(
  await developmentToken(
    { sub: values.sub ?? `${values.dept ?? 'user'}-developer`, dept: values.dept, roles: roles as Role[] },
    values.expires,
  ),
);
