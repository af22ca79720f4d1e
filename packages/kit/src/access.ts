import type { Caller } from '@credit/authz';
import { pseudonym } from '@credit/identifiers';

/**
 * A caller's access for one request, the base of each subgraph's own (which adds its field
 * rules): the caller, its merged policy, and the subjects the response disclosed, which
 * `buildSubgraph` reports to the gateway's audit.
 */
export class CallerAccess<TPolicy> {
  /** Ids of subjects whose information (beyond the id) this request disclosed. */
  readonly disclosed = new Set<string>();

  constructor(
    readonly caller: Caller,
    readonly policy: TPolicy,
    private readonly pseudonymKey: string,
  ) {}

  /** A natural person's keyed-hash pseudonym, the same in every subgraph (`PSEUDONYM_KEY`). */
  protected pseudonymOf(code: string): string {
    return pseudonym(this.pseudonymKey, code);
  }
}
