import type pg from 'pg';

type Counts = { timed: number; requested: number };

/** PostgreSQL's checkpoint counters: pg_stat_checkpointer from 17 on, pg_stat_bgwriter before. */
async function checkpointCounts(client: pg.Client): Promise<Counts> {
  const read = (sql: string) => client.query<{ timed: string; requested: string }>(sql).then(({ rows: [r] }) => ({ timed: Number(r.timed), requested: Number(r.requested) }));
  return read('SELECT num_timed AS timed, num_requested AS requested FROM pg_stat_checkpointer')
    .catch(() => read('SELECT checkpoints_timed AS timed, checkpoints_req AS requested FROM pg_stat_bgwriter'));
}

/**
 * Counts the server's checkpoints over a measured stretch. A checkpoint requested by another database's CREATE or
 * DROP DATABASE (every test run and bench makes one) flushes the whole server's dirty pages at once; a p99 taken over
 * one is the neighbours' figure as much as ours, so the bench says whether one fell inside its window.
 */
export async function watchCheckpoints(client: pg.Client): Promise<() => Promise<string>> {
  const before = await checkpointCounts(client);
  return async () => {
    const after = await checkpointCounts(client);
    const timed = after.timed - before.timed;
    const requested = after.requested - before.requested;
    return timed + requested === 0 ? 'none' : `${timed} timed, ${requested} requested (e.g. by another database's CREATE/DROP DATABASE)`;
  };
}
