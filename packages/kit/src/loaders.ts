/**
 * DataLoader helpers: a batch loads the rows of all its keys in one query, then answers each key
 * with its own rows, in the keys' order.
 */

/** Rows grouped by `key`, each group in the rows' order (the query's ORDER BY is kept). */
export function groupBy<T, K = string>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
