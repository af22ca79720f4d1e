/**
 * The services subgraph's errors, all with codes of the platform's catalogue (`ERROR_CODES` in
 * @credit/kit); `extensions.field` names the input at fault. What each means here:
 * - FORBIDDEN: the caller's role may not read or do this (checks: departments and the credit centre).
 * - NOT_FOUND: no such check or commitment visible to the caller; an unknown `matterCode` or `templateCode`.
 * - BAD_USER_INPUT: a malformed input (`applicationId`, `text`, `deadline`, `first`, a missing `reason`).
 * - PURPOSE_REQUIRED: a check without a `purpose` header.
 * - INVALID_CURSOR: `after` is not a cursor the audit list returned.
 * - INVALID_TRANSITION: feedback given twice, a commitment verified twice, a repair of a commitment that is not broken.
 */
export { badInput, forbidden, notFound, userError } from '@credit/kit';
