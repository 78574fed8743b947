import { fork } from 'node:child_process';
import { TEST_DATA_ENCRYPTION_KEY } from '../../support/db';

/**
 * A worker process (the whole app, crash-child.ts) that delivers one outbox row through a platform that takes the
 * message and never answers; killed with SIGKILL once the send is in flight. Resolves with the chat it was sending to.
 */
export async function killMidSend(databaseUrl: string, rowId: number, now: Date): Promise<{ chatId: string }> {
  const child = fork(new URL('./crash-child.ts', import.meta.url).pathname, [databaseUrl, TEST_DATA_ENCRYPTION_KEY, String(rowId), now.toISOString()], {
    execArgv: ['--import', 'tsx'],
    stdio: 'ignore',
  });
  const accepted = await new Promise<{ chatId: string }>((resolve, reject) => {
    child.on('message', (m) => resolve(m as { chatId: string }));
    child.on('exit', (code) => reject(new Error(`child exited early (${code})`)));
  });
  child.kill('SIGKILL');
  await new Promise((resolve) => child.once('exit', resolve));
  return accepted;
}
