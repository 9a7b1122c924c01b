import { createRequire } from 'node:module';
import type * as AdaptiveCardsModule from 'adaptivecards';

// The package's `lib/` is extension-less ESM that Node cannot load; its UMD bundle parses and
// validates without a DOM.
const AdaptiveCards = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCardsModule;

/** Teams refuses messages over 28 KB. */
export const TEAMS_MAX_BYTES = 28 * 1024;
export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

export type Json = Record<string, unknown>;

/** Parse events and validation failures the Adaptive Cards SDK reports for a 1.5 host. */
export function cardIssues(content: unknown): string[] {
  const card = new AdaptiveCards.AdaptiveCard();
  const context = new AdaptiveCards.SerializationContext(AdaptiveCards.Versions.v1_5);
  card.parse(content, context);
  const parsing = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
  return [...parsing, ...card.validateProperties().validationEvents.map((e) => e.message)];
}

/** The Adaptive Card a message carries (throws when it carries none). */
export function cardOf(activity: Json): Json {
  const attachments = (activity.attachments ?? []) as { contentType: string; content: Json }[];
  const card = attachments.find((a) => a.contentType === ADAPTIVE_CARD)?.content;
  if (!card) throw new Error(`no Adaptive Card in ${JSON.stringify(activity).slice(0, 300)}`);
  return card;
}

/** Every element and action in the card, depth first. */
export function walk(node: unknown): Json[] {
  if (Array.isArray(node)) return node.flatMap(walk);
  if (typeof node !== 'object' || node === null) return [];
  const obj = node as Json;
  const children = ['body', 'items', 'columns', 'actions', 'card'].flatMap((key) => walk(obj[key]));
  return typeof obj.type === 'string' ? [obj, ...children] : children;
}

/** All text a reader sees: TextBlocks and FactSet titles and values. */
export function cardText(card: Json): string {
  return walk(card)
    .flatMap((el) => (el.type === 'TextBlock' ? [String(el.text)] : el.type === 'FactSet' ? (el.facts as { title: string; value: string }[]).flatMap((f) => [f.title, f.value]) : []))
    .join('\n');
}

export function facts(card: Json): { title: string; value: string }[] {
  return walk(card).filter((el) => el.type === 'FactSet').flatMap((el) => el.facts as { title: string; value: string }[]);
}

/** The values the card's buttons send back (data.choice). */
export function choices(card: Json): string[] {
  return walk(card)
    .filter((el) => el.type === 'Action.Submit')
    .map((el) => String((el.data as { choice?: unknown }).choice));
}

/** The submit data of the button whose value is `choice`, exactly as Teams posts it back. */
export function submitData(card: Json, choice: string): Json {
  const button = walk(card).find((el) => el.type === 'Action.Submit' && (el.data as { choice?: unknown }).choice === choice);
  if (!button) throw new Error(`no button "${choice}" in the card`);
  return button.data as Json;
}

/** Size of a message activity's attachments as Teams receives them. */
export function attachmentBytes(activity: Json): number {
  return Buffer.byteLength(JSON.stringify(activity.attachments ?? []), 'utf8');
}
