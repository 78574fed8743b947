import { domainMessages, truncateForEcho, type Locale } from '../i18n';
import { STAGE_NAMES, type Stage } from '../pipeline/stages';
import { TAG_NAMES, type CustomerTagName } from '../signals/signal-rules';

interface CardTag {
  tag: string;
  source: string;
  evidenceCommunicationId: number | null;
}

interface CardCommunication {
  id: number;
  occurredAt: Date;
  text: string;
}

/**
 * The card's tags; a tag kept from the buyer's messages names its evidence (the message, when it is among
 * the card's latest communications, else its number), so a rep can see why the customer is "price-sensitive".
 */
export function formatCardTags(tags: CardTag[], communications: CardCommunication[], locale: Locale): string {
  const m = domainMessages(locale).cards;
  return tags
    .map((t) => {
      const name = TAG_NAMES[locale][t.tag as CustomerTagName] ?? t.tag;
      if (t.source !== 'intent' || t.evidenceCommunicationId === null) return name;
      const evidence = communications.find((c) => c.id === t.evidenceCommunicationId);
      if (!evidence) return m.tagEvidenceRef({ tag: name, id: t.evidenceCommunicationId });
      const when = evidence.occurredAt.toISOString().slice(0, 10);
      const words = truncateForEcho(evidence.text.replace(/\s+/g, ' ').trim(), 40);
      return m.tagEvidence({ tag: name, when, words });
    })
    .join(m.tagSeparator);
}

/** The deal's stage as the card shows it; a win proposed by an order confirmation says it waits for the rep. */
export function formatCardStage(opportunity: { stage: string; pendingWon: boolean } | undefined, locale: Locale): string {
  const stage = opportunity?.stage ?? 'lead';
  const name = STAGE_NAMES[locale][stage as Stage] ?? stage;
  if (!opportunity?.pendingWon) return name;
  return domainMessages(locale).cards.stagePending({ stage: name });
}
