import { createHmac } from 'node:crypto';

/**
 * `P-` and 16 hex digits of HMAC-SHA256(key, code): the same person always gets the same pseudonym
 * (analyses can join on it, across subgraphs that share the key), and without the key nobody can
 * compute it from an ID number.
 */
export function pseudonym(key: string, code: string): string {
  return `P-${createHmac('sha256', key).update(code).digest('hex').slice(0, 16)}`;
}

/** Outside production, a fixed development key (`PSEUDONYM_KEY`), so that a fresh checkout runs. */
export const DEVELOPMENT_PSEUDONYM_KEY = 'credit-platform-development-pseudonym-key';

/** The configured `PSEUDONYM_KEY`; required in production, the development key elsewhere. */
export function pseudonymKeyFor(service: string, configured: string | undefined, nodeEnv: string | undefined): string {
  if (configured) return configured;
  if (nodeEnv === 'production') throw new Error(`${service}: PSEUDONYM_KEY must be set in production`);
  return DEVELOPMENT_PSEUDONYM_KEY;
}
