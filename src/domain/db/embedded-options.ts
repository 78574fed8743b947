import type { PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/**
 * How the embedded database opens, everywhere it is opened (the app, backups, restores). PostgreSQL's defaults size
 * its buffers for a shared server: 128 MB of shared buffers, which PGlite allocates inside the process, were half of
 * an idle Quayside's memory. One team's CRM has a working set of a few MB, and PGlite's files sit in the operating
 * system's page cache anyway, so 16 MB is plenty (`npm run bench -- startup` measures the difference).
 */
export const EMBEDDED_OPTIONS = {
  extensions: { pg_trgm },
  postgresqlconf: ['shared_buffers = 16MB', 'wal_buffers = 1MB', 'temp_buffers = 2MB'],
} satisfies PGliteOptions;
