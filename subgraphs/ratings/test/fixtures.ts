import { createHash } from 'node:crypto';
import type { TestBackend } from '@credit/db/testing';
import { openRatingsDatabase, type RatingsDatabase } from '../src/db';
import type { InputPage, InputReader, InputValues, SubjectInputs } from '../src/evaluation/inputs';
import { ensureReferenceData } from '../src/model/referenceData';

/** A deterministic uuid-shaped id for test subject `n`. */
export function subjectId(n: number): string {
  const h = createHash('sha256').update(`subject-${n}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export const CLEAN: InputValues = {
  seriousPenalties: 0,
  generalPenalties: 0,
  seriousDishonestyListings: 0,
  keyAttentionListings: 0,
  redListListings: 0,
  brokenCommitments: 0,
  keptCommitments: 0,
  honours: 0,
  licenceRevoked: 0,
  abnormalOperation: 0,
};

/** A reader over a fixed list of subjects, optionally failing at a page. */
export class MemoryReader implements InputReader {
  pagesRead = 0;
  constructor(
    public subjects: SubjectInputs[],
    public failAtPage: number | null = null,
    public unknownSources: string[] = [],
  ) {}
  async prepare() {
    return { unknownSources: this.unknownSources, notes: {} };
  }
  async page(after: string | null, first: number): Promise<InputPage> {
    const start = after ? Number(after) : 0;
    if (this.failAtPage !== null && this.pagesRead >= this.failAtPage) throw new Error('gateway down (simulated)');
    this.pagesRead++;
    const slice = this.subjects.slice(start, start + first);
    const end = start + slice.length;
    return { subjects: slice, endCursor: String(end), hasNextPage: end < this.subjects.length, failedSources: [] };
  }
}

export function population(n: number, inputs: (i: number) => InputValues = () => CLEAN): SubjectInputs[] {
  return Array.from({ length: n }, (_, i) => ({
    id: subjectId(i),
    kind: i % 7 === 0 ? 'NATURAL_PERSON' : 'ENTERPRISE',
    industryCode: ['C13', 'F51', 'G54'][i % 3]!,
    regionCode: ['350102', '350104', '320505'][i % 3]!,
    inputs: inputs(i),
  }));
}

export async function freshDatabase(backend: TestBackend): Promise<{ database: RatingsDatabase; close(): Promise<void> }> {
  const target = await backend.create();
  const database = await openRatingsDatabase({ url: target.url });
  await ensureReferenceData(database.db);
  return {
    database,
    async close() {
      await database.close();
      await target.drop();
    },
  };
}
