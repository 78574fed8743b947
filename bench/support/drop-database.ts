import type pg from 'pg';

/**
 * Drops a bench's database once the app's pool has closed. The pool finishes its goodbyes asynchronously after
 * app.stop(); a forced drop before that cuts a connection the pool still holds, which pg reports as an unhandled
 * 'terminating connection' error that crashes the run after its figures. Forced only as a last resort.
 */
export async function dropBenchDatabase(admin: pg.Client, name: string): Promise<void> {
  for (let i = 0; i < 20; i += 1) {
    if (await admin.query(`DROP DATABASE IF EXISTS ${name}`).then(() => true, () => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
