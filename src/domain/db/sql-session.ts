/** The least a migration runner needs from a PostgreSQL connection: node-postgres and PGlite both fit. */
export interface SqlSession {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  /** runs a script of several statements */
  exec(sql: string): Promise<void>;
}
