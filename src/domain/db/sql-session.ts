/** The least a migration runner needs from a PostgreSQL connection: node-postgres and PGlite both fit. */
export interface SqlSession {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  /** runs a script of several statements */
  exec(sql: string): Promise<void>;
}

/** The structural shapes of a node-postgres client and of PGlite that a session needs (no driver imported here). */
interface QueryClient {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** A node-postgres client as a session: a script of several statements goes through the simple query protocol. */
export function pgSession(client: QueryClient): SqlSession {
  return { query: (sql, params) => client.query(sql, params) as never, exec: async (sql) => void (await client.query(sql)) };
}

/** PGlite as a session: its `exec` runs a script of several statements. */
export function pgliteSession(db: QueryClient & { exec(sql: string): Promise<unknown> }): SqlSession {
  return { query: (sql, params) => db.query(sql, params) as never, exec: async (sql) => void (await db.exec(sql)) };
}
