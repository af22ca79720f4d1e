import type { GatewayClient } from '@credit/kit';

/**
 * How records finds the subject a party code names, and registers new parties, without reading
 * the subjects subgraph's tables: through the gateway, as a client with a service token.
 */
export interface PartyToRegister {
  code: string;
  name: string;
  legalRepresentative: string | null;
}

export type Registration = { id: string } | { error: string };

export interface SubjectDirectory {
  /** Subject ids for normalised codes, in order; null where no subject has the code. */
  findByCodes(codes: readonly string[]): Promise<(string | null)[]>;
  /** Registers parties as subjects (idempotent by code); a result per party, in order. */
  register(parties: readonly PartyToRegister[]): Promise<Registration[]>;
}

const LOOKUP_CHUNK = 5000;
const REGISTER_CHUNK = 1000;

const PURPOSE = { purpose: 'records ingestion: matching parties' };

/** The subjects subgraph through the gateway (`subjectsByCodes`, `registerSubjects`); GatewayUnavailable when it fails. */
export class GatewaySubjectDirectory implements SubjectDirectory {
  constructor(private readonly gateway: GatewayClient) {}

  private call<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    return this.gateway.query<T>(query, variables, PURPOSE);
  }

  async findByCodes(codes: readonly string[]): Promise<(string | null)[]> {
    const chunks: string[][] = [];
    for (let i = 0; i < codes.length; i += LOOKUP_CHUNK) chunks.push(codes.slice(i, i + LOOKUP_CHUNK));
    const answers = await Promise.all(
      chunks.map((chunk) =>
        this.call<{ subjectsByCodes: ({ id: string } | null)[] }>(
          'query RecordsMatchParties($codes: [String!]!) { subjectsByCodes(codes: $codes) { id } }',
          { codes: chunk },
        ),
      ),
    );
    return answers.flatMap((a) => a.subjectsByCodes.map((s) => s?.id ?? null));
  }

  async register(parties: readonly PartyToRegister[]): Promise<Registration[]> {
    const results: Registration[] = [];
    for (let i = 0; i < parties.length; i += REGISTER_CHUNK) {
      const chunk = parties.slice(i, i + REGISTER_CHUNK);
      const data = await this.call<{
        registerSubjects: { results: { subject: { id: string } | null; error: { code: string; message: string } | null }[] };
      }>(
        'mutation RecordsRegisterParties($input: RegisterSubjectsInput!) { registerSubjects(input: $input) { results { subject { id } error { code message } } } }',
        { input: { subjects: chunk.map((p) => ({ code: p.code, name: p.name, legalRepresentative: p.legalRepresentative })) } },
      );
      for (const r of data.registerSubjects.results) {
        results.push(r.subject ? { id: r.subject.id } : { error: r.error ? `${r.error.code}: ${r.error.message}` : 'not registered' });
      }
    }
    return results;
  }
}

/** A directory held in memory, for unit tests and tools that know the population. */
export class MemorySubjectDirectory implements SubjectDirectory {
  readonly byCode = new Map<string, string>();
  lookups = 0;

  constructor(subjects: Iterable<{ id: string; code: string }> = []) {
    for (const s of subjects) this.byCode.set(s.code, s.id);
  }

  async findByCodes(codes: readonly string[]): Promise<(string | null)[]> {
    this.lookups++;
    return codes.map((code) => this.byCode.get(code) ?? null);
  }

  async register(parties: readonly PartyToRegister[]): Promise<Registration[]> {
    return parties.map((p) => {
      if (!p.name.trim()) return { error: 'BAD_USER_INPUT: a subject needs a name' };
      const id = this.byCode.get(p.code) ?? crypto.randomUUID();
      this.byCode.set(p.code, id);
      return { id };
    });
  }
}

/**
 * Remembers which subject each code names, in front of another directory: a subject's id is
 * stable for its life and its code unique, so a match once made stays true. Only matches are kept
 * (an unknown code is asked again next time), at most `capacity`, the oldest forgotten first.
 */
export class CachingSubjectDirectory implements SubjectDirectory {
  private readonly known = new Map<string, string>();

  constructor(
    private readonly inner: SubjectDirectory,
    private readonly capacity = 500_000,
  ) {}

  private remember(code: string, id: string): void {
    this.known.delete(code);
    this.known.set(code, id);
    if (this.known.size > this.capacity) this.known.delete(this.known.keys().next().value!);
  }

  async findByCodes(codes: readonly string[]): Promise<(string | null)[]> {
    const missing = [...new Set(codes.filter((code) => !this.known.has(code)))];
    if (missing.length) {
      const found = await this.inner.findByCodes(missing);
      missing.forEach((code, i) => {
        const id = found[i];
        if (id) this.remember(code, id);
      });
    }
    return codes.map((code) => this.known.get(code) ?? null);
  }

  async register(parties: readonly PartyToRegister[]): Promise<Registration[]> {
    const results = await this.inner.register(parties);
    parties.forEach((party, i) => {
      const result = results[i];
      if (result && 'id' in result) this.remember(party.code, result.id);
    });
    return results;
  }
}
