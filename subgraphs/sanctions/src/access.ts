/**
 * Who may see and do what in the sanctions subgraph, from the caller the gateway verified.
 *
 * - The public sees active listings of the list types published for the subject's category
 *   (organisations: serious dishonesty and red list; natural persons: serious dishonesty only,
 *   with no code), never proposals or history.
 * - A subject (the SUBJECT role, bound to `subjectId`) sees all its own listings, their history,
 *   and files objections and repair applications for them; of others, the public view.
 * - Departments, the credit centre and analysts see all listings, with a purpose. Analysts see no
 *   natural person's code. Only the determining department or the credit centre changes a listing.
 */
import { maskIdNumber } from '@credit/identifiers';
import { assertPurpose, type Caller, forbidden, hasRole, isGovernment, isOwnSubject, mayManage, mayRead, ownSubjectId } from '@credit/kit';
import { and, eq, gt, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Catalogue } from './catalogue';
import { listings, type ListingRow } from './db/schema';

export type { Caller };
export { hasRole };

/** A listing in force on `today` (a date, or SQL giving one): active, started and not yet ended. */
export function inForce(today: string | SQL): SQL {
  return and(
    eq(listings.status, 'ACTIVE'),
    lte(listings.listedFrom, today),
    or(isNull(listings.listedUntil), gt(listings.listedUntil, today)),
  )!;
}

export function isInForce(row: ListingRow, today: string): boolean {
  return row.status === 'ACTIVE' && row.listedFrom !== null && row.listedFrom <= today && (row.listedUntil === null || row.listedUntil > today);
}

export class ListingAccess {
  /** Subjects whose non-public listings this request returned, for the gateway's access log. */
  readonly disclosed = new Set<string>();

  constructor(
    readonly caller: Caller,
    private readonly catalogue: Catalogue,
  ) {}

  /** Departments, the credit centre and analysts read every listing (with a purpose). */
  get government(): boolean {
    return isGovernment(this.caller);
  }

  get centre(): boolean {
    return hasRole(this.caller, 'CREDIT_CENTRE');
  }

  isOwnSubject(subjectId: string): boolean {
    return isOwnSubject(this.caller, subjectId);
  }

  /** 谁认定、谁负责: the credit centre, or the determining department itself. */
  mayManage(department: string): boolean {
    return mayManage(this.caller, department);
  }

  assertManage(row: Pick<ListingRow, 'department'>, what: string): void {
    if (!this.mayManage(row.department)) {
      throw forbidden(`Only the determining department (${row.department}) or the credit centre may ${what}`);
    }
  }

  /** Non-public reads need a purpose: every role but the public, and a subject reading its own file. */
  assertPurpose(subjectId?: string): void {
    if (!this.caller.purpose && (this.government || subjectId !== undefined)) assertPurpose(this.caller, subjectId);
  }

  /** The SQL filter for listings the caller may read, or undefined for all of them. */
  visibility(today: string): SQL | undefined {
    // The no-role rule: a caller with no role (the gateway's own identity) reads nothing.
    if (!mayRead(this.caller)) return sql`false`;
    if (this.government) {
      this.assertPurpose();
      return undefined;
    }
    const ownId = ownSubjectId(this.caller);
    const own = ownId && this.caller.purpose ? eq(listings.subjectId, ownId) : undefined;
    return own ? or(this.publicView(today), own) : this.publicView(today);
  }

  /** Listings in force of the list types the catalogue publishes for their subject's category. */
  publicView(today: string): SQL {
    const organisations = this.catalogue.publicTypes('ORGANISATION');
    const persons = this.catalogue.publicTypes('NATURAL_PERSON');
    const byCategory = or(
      organisations.length ? and(eq(listings.subjectCategory, 'ORGANISATION'), inArray(listings.listType, organisations)) : undefined,
      persons.length ? and(eq(listings.subjectCategory, 'NATURAL_PERSON'), inArray(listings.listType, persons)) : undefined,
    );
    // No list type published: the public sees no listing (as `isPublic` says of each row).
    return byCategory ? and(inForce(today), byCategory)! : sql`false`;
  }

  /** The same rule for one row in memory. */
  mayRead(row: ListingRow, today: string): boolean {
    if (!mayRead(this.caller)) return false;
    if (this.government) {
      this.assertPurpose();
      return true;
    }
    if (this.isOwnSubject(row.subjectId)) {
      this.assertPurpose(row.subjectId);
      return true;
    }
    return this.isPublic(row, today);
  }

  isPublic(row: ListingRow, today: string): boolean {
    return isInForce(row, today) && this.catalogue.publicTypes(row.subjectCategory).includes(row.listType);
  }

  /** Whether the caller sees internal detail (history, objections, interviews, repairs, executions). */
  seesDetail(row: ListingRow): boolean {
    return this.government || this.isOwnSubject(row.subjectId);
  }

  /** A listing leaving a resolver: its subject is noted for the access log. */
  show<T extends ListingRow | null | undefined>(row: T): T {
    if (row && this.caller.roles.some((r) => r !== 'PUBLIC')) this.disclosed.add(row.subjectId);
    return row;
  }

  /** The subject's code as the caller may see it. */
  subjectCode(row: ListingRow): string | null {
    if (row.subjectCategory === 'ORGANISATION') return row.subjectCode;
    if (this.centre || this.isOwnSubject(row.subjectId) || (hasRole(this.caller, 'DEPARTMENT') && this.caller.department === row.department)) {
      return row.subjectCode;
    }
    if (hasRole(this.caller, 'DEPARTMENT')) return maskIdNumber(row.subjectCode);
    return null;
  }
}
