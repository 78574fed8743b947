import type { DbClient } from '../db/client';
import type { OutboxService } from '../outbox/outbox.service';
import { activeAdminIds } from '../team/team-member.repository';

/** What the admins read when a channel needs a person, in both languages (admins may read either). */
export function channelAlertText(channel: string, kind: 'auth_failure', detail: string): string {
  if (channel === 'whatsapp' && kind === 'auth_failure') {
    return [
      `⚠️ WhatsApp is logged out (${detail}): buyers' WhatsApp messages are not coming in.`,
      'To re-link: stop Quayside, delete the folder DATA_DIR/whatsapp, start it again and scan the QR code printed in the terminal with the company phone (WhatsApp → Linked devices).',
      `⚠️ WhatsApp 已登出（${detail}）：客户的 WhatsApp 消息收不到了。`,
      '重新绑定：停止 Quayside，删除 DATA_DIR/whatsapp 文件夹，重新启动，用公司手机（WhatsApp → 已关联的设备）扫描终端里的二维码。',
    ].join('\n');
  }
  return `⚠️ ${channel}: ${kind} (${detail})`;
}

/**
 * Tells every admin, through the outbox, that a channel needs a person. Once per channel, kind and hour: a session
 * that keeps failing does not flood them.
 */
export async function alertAdmins(
  deps: { db: DbClient; outbox: OutboxService },
  alert: { channel: string; kind: 'auth_failure'; detail: string },
  now: Date,
): Promise<number> {
  const hour = now.toISOString().slice(0, 13);
  let told = 0;
  for (const adminId of await activeAdminIds(deps.db)) {
    const key = `alert:${alert.channel}:${alert.kind}:${hour}:${adminId}`;
    const outcome = await deps.outbox.notifyLater(key, adminId, { text: channelAlertText(alert.channel, alert.kind, alert.detail), kind: 'notice' }, now);
    if (outcome !== 'exists') told += 1;
  }
  return told;
}
