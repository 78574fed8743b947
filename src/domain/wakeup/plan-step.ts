import { insideReplyWindow, type ChannelCapabilities } from '../channel-contract';
import { countryTimezone, resolveTimezone } from '../normalize/timezone';
import { phoneCountry } from '../normalize/phone';
import { nextSendTime } from '../calendar/business-hours';
import type { ContactChannel, StepCandidate } from './sequence.repository';
import { pickTemplate, renderTemplate, type WakeupTemplates } from './templates';
import type { WakeupSettings } from './wakeup.settings';

const DAY = 86_400_000;

/** Why a step is not sent; each reason is told to the rep (except stops, which end the sequence). */
export type SkipReason = 'no_channel' | 'no_timezone' | 'reply_window' | 'opted_out' | 'no_template';

export type StepPlan =
  | {
      kind: 'send';
      dueAt: Date;
      zone: string;
      channel: string;
      chatId: string;
      text: string;
      language: string;
      languageFallback: boolean;
      template?: { name: string; language: string; parameters: string[] };
    }
  | { kind: 'skip'; reason: SkipReason; detail?: string };

const zones = new Map<string, string | undefined>();

/** The buyer's zone: the contact's, else the customer's or its country's, else the phone number's country. */
export function buyerZone(c: Pick<StepCandidate, 'contactTimezone' | 'customerTimezone' | 'country' | 'contactPhone'>): string | undefined {
  // memoised: zone validity checks are slow and a day's plan asks the same few combinations 100k times
  const key = `${c.contactTimezone}|${c.customerTimezone}|${c.country}|${c.contactPhone}`;
  if (zones.has(key)) return zones.get(key);
  if (zones.size > 50_000) zones.clear();
  const zone = resolveBuyerZone(c);
  zones.set(key, zone);
  return zone;
}

function resolveBuyerZone(c: Pick<StepCandidate, 'contactTimezone' | 'customerTimezone' | 'country' | 'contactPhone'>): string | undefined {
  return (
    resolveTimezone(c.contactTimezone, null) ??
    resolveTimezone(c.customerTimezone, c.country) ??
    (c.contactPhone ? countryTimezone(phoneCountry(c.contactPhone)) : undefined)
  );
}

/**
 * Plans one step for one buyer: pure, so every rule (channel, zone, language, reply window, business hours,
 * one message per N days) is tested without a database or a clock.
 */
export function planStep(input: {
  candidate: StepCandidate;
  channels: ContactChannel[];
  capabilities: (channel: string) => ChannelCapabilities | undefined;
  settings: WakeupSettings;
  templates: WakeupTemplates;
  now: Date;
  random: number;
}): StepPlan {
  const { candidate: c, settings, now } = input;
  if (c.contactOptedOut || c.customerOptedOut) return { kind: 'skip', reason: 'opted_out' };
  const channel = input.channels.find((ch) => input.capabilities(ch.channel)?.customerFacing);
  if (!channel) return { kind: 'skip', reason: 'no_channel' };
  const zone = buyerZone(c);
  if (!zone) return { kind: 'skip', reason: 'no_timezone' };

  const step = settings.steps[c.step];
  const target = c.startedAt.getTime() + step.day * DAY;
  const gapEnd = c.lastAutomatedAt ? c.lastAutomatedAt.getTime() + settings.minGapDays * DAY : 0;
  const dueAt = nextSendTime(new Date(Math.max(target, gapEnd, now.getTime())), zone, settings.businessHours, {
    jitterMinutes: settings.jitterMinutes,
    tailMinutes: settings.tailMinutes,
    random: input.random,
  });

  const picked = pickTemplate(input.templates, step.kind, c.language ?? c.detectedLanguage);
  if (!picked) return { kind: 'skip', reason: 'no_template', detail: step.kind };
  const windowHours = input.capabilities(channel.channel)?.replyWindowHours ?? null;
  const windowOpen = insideReplyWindow(windowHours, channel.lastInboundAt, dueAt);
  if (!windowOpen && !picked.template.approvedTemplate) return { kind: 'skip', reason: 'reply_window', detail: channel.channel };

  const values = { name: c.contactName ?? c.customerName, rep: c.repName };
  return {
    kind: 'send',
    dueAt,
    zone,
    channel: channel.channel,
    chatId: channel.chatId,
    text: renderTemplate(picked.template.text, values),
    language: picked.language,
    languageFallback: picked.fallback,
    // the approved template's body takes the same values as the text, in a fixed order: {{1}} the name, {{2}} the rep
    template: windowOpen ? undefined : { name: picked.template.approvedTemplate!, language: picked.language, parameters: [values.name, values.rep] },
  };
}
