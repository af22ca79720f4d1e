import { DEPARTMENTS, isDepartmentCode } from '@credit/departments';
import type { SubjectAccessResolvers } from '../generated/graphql';

export const SubjectAccess: SubjectAccessResolvers = {
  // Officers' ids are the credit centre's to see; others see department, purpose and time.
  callerId: (row, _args, { access }) => (access.policy.accessLogCallerIds ? row.callerId : null),
  // So that a subject reading who looked at its file reads 市场监督管理局, not SCJGJ.
  departmentName: (row) => (row.department !== null && isDepartmentCode(row.department) ? DEPARTMENTS[row.department] : null),
  // An agency's token carries its registry code as the department; the ratings subgraph names it.
  agency: (row) => (row.department !== null && row.roles.includes('AGENCY') ? { code: row.department } : null),
};
