const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether an id can be a subject's (the federation key of `Subject`, a UUID): anything else is no
 * subject, answered as null without a query.
 */
export function isSubjectId(id: string): boolean {
  return UUID.test(id);
}

/** Whether an id is a UUID (any letter case): ids of rows keyed by UUID are checked before they reach SQL. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}
