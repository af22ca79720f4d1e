import pg from 'pg';

/** How many connections a PostgreSQL server takes from ordinary roles: `max_connections` less its reserved slots. */
export interface ConnectionLimit {
  max: number;
  /** Slots kept for superusers (`superuser_reserved_connections`) and, from PostgreSQL 16, `reserved_connections`. */
  reserved: number;
}

/** Asks the server at `url` its connection limit; null when it cannot be asked (unreachable, refused). */
export async function connectionLimit(url: string, timeoutMs = 5000): Promise<ConnectionLimit | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    const { rows } = await client.query<ConnectionLimit>(
      `select current_setting('max_connections')::int as max,
              current_setting('superuser_reserved_connections')::int + coalesce(current_setting('reserved_connections', true)::int, 0) as reserved`,
    );
    return rows[0] ?? null;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}
