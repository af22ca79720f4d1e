/** The caller every benchmark request runs as: a department officer checking applicants (逢办必查). */
import type { Caller } from '@credit/http';

export const BENCH_CALLER: Caller = {
  id: 'bench-officer',
  department: 'ZJJ',
  roles: ['DEPARTMENT'],
  purpose: '逢办必查',
  subjectId: null,
};

export const BENCH_PURPOSE_HEADER = encodeURIComponent(BENCH_CALLER.purpose!);
