import { spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A real IMAP server for the email channel's tests: Debian's dovecot-imapd (.ci/run installs it). */
export interface TestImapServer {
  host: string;
  port: number;
  user: string;
  pass: string;
  stop(): Promise<void>;
}

const DOVECOT = ['/usr/sbin/dovecot', '/usr/local/sbin/dovecot'].find((p) => existsSync(p));

/** A port free on loopback now (for servers a test starts). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function uidOf(name: string): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith(`${name}:`));
  const [, , uid, gid] = line?.split(':') ?? [];
  return { uid: Number(uid), gid: Number(gid) };
}

/**
 * Starts a dovecot of its own: a throwaway configuration, mailbox and sockets in a temp directory, IMAP on a free
 * loopback port, one user with a password, plain login without TLS (loopback only). The system's dovecot, if any,
 * is not touched. Mail is stored as the `nobody` user (dovecot refuses root as a mail user).
 */
export async function startTestImapServer(): Promise<TestImapServer> {
  if (!DOVECOT) throw new Error('dovecot is not installed: apt-get install -y dovecot-imapd (.ci/run does it)');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'quayside-dovecot-'));
  const port = await freePort();
  const user = 'sales';
  const pass = 'test-pass';
  const mailUser = uidOf('nobody');
  const mailDir = path.join(dir, 'mail');
  mkdirSync(mailDir, { recursive: true });
  chownSync(mailDir, mailUser.uid, mailUser.gid);
  writeFileSync(path.join(dir, 'passwd'), `${user}:{PLAIN}${pass}:${mailUser.uid}:${mailUser.gid}::${mailDir}::\n`);
  // dovecot's auth process runs as the dovecot user: it must reach the password file (the app's umask is 077)
  chmodSync(dir, 0o711);
  chmodSync(path.join(dir, 'passwd'), 0o644);
  chmodSync(mailDir, 0o700);
  const conf = path.join(dir, 'dovecot.conf');
  writeFileSync(
    conf,
    [
      `base_dir = ${dir}/run`,
      `state_dir = ${dir}/state`,
      `log_path = ${dir}/dovecot.log`,
      `instance_name = quayside-test-${port}`,
      'protocols = imap',
      'listen = 127.0.0.1',
      'ssl = no',
      'disable_plaintext_auth = no',
      'auth_mechanisms = plain login',
      'default_internal_user = dovecot',
      'default_login_user = dovenull',
      `first_valid_uid = ${Math.min(mailUser.uid, 100)}`,
      `mail_location = maildir:${mailDir}/Maildir`,
      `passdb {\n  driver = passwd-file\n  args = scheme=PLAIN ${dir}/passwd\n}`,
      `userdb {\n  driver = passwd-file\n  args = ${dir}/passwd\n}`,
      `service imap-login {\n  inet_listener imap {\n    address = 127.0.0.1\n    port = ${port}\n  }\n  inet_listener imaps {\n    port = 0\n  }\n}`,
      'service anvil {\n  chroot =\n}',
      'service imap-login {\n  chroot =\n}',
      '',
    ].join('\n'),
  );
  // in the foreground, as this process's child: it ends with the test (and never outlives a killed run for long)
  const child = spawn(DOVECOT, ['-F', '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitForPort(port, () => child.exitCode !== null);
  } catch (error) {
    const log = existsSync(path.join(dir, 'dovecot.log')) ? readFileSync(path.join(dir, 'dovecot.log'), 'utf8').slice(-2000) : '';
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}: ${stderr}${log}`);
  }
  return {
    host: '127.0.0.1',
    port,
    user,
    pass,
    async stop() {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForPort(port: number, died: () => boolean): Promise<void> {
  const { connect } = await import('node:net');
  for (let i = 0; i < 100 && !died(); i += 1) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`dovecot did not listen on ${port}`);
}
