import { CardFactory, type Attachment } from 'botbuilder';
import type { Answer, AnswerChoice, AnswerFact, Citation } from '../../core/answer.js';
import { splitLinks } from '../links.js';

/** Teams rejects messages over 28 KB; the activity envelope needs some of it. */
export const MAX_CARD_BYTES = 26 * 1024;
/** Teams shows at most 6 actions per action set; more are dropped silently. */
const ACTIONS_PER_ROW = 6;
/** Longer button titles get cut by Teams anyway; beyond this we show one button per row. */
const SHORT_LABEL = 20;
const MAX_CHOICES = 24;
const BUTTON_TITLE_CHARS = 80;

/** How much of each part a card may carry: the loosest first, tighter ones until the card fits. */
interface Caps { title: number; text: number; items: number; itemChars: number }
const LOOSEST: Caps = { title: 300, text: 8000, items: 30, itemChars: 600 };
const TIGHTER: readonly Caps[] = [
  { title: 200, text: 4000, items: 20, itemChars: 300 },
  { title: 200, text: 2000, items: 15, itemChars: 200 },
  { title: 150, text: 1000, items: 10, itemChars: 150 },
  { title: 120, text: 500, items: 6, itemChars: 100 },
];

type CardElement = { type: string } & Record<string, unknown>;

/** Cuts on code points (never inside an emoji) and marks the cut with "…". */
function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * Teams card markdown knows bold, italic, lists and links; a literal `*`, `_`, `[` or `]` in an
 * answer (error texts, log lines) would otherwise turn into formatting or a fake link. Only these
 * are escaped because Teams mobile shows some backslashes literally (AdaptiveCards#5590).
 */
function md(text: string): string {
  return text.replace(/\\(?=[*_[\]])|[*_[\]]/g, (ch) => `\\${ch}`);
}

/** Markdown-escaped text whose web addresses are links (shown as themselves). */
function mdLinked(text: string): string {
  return splitLinks(text)
    .map((part) => ('url' in part ? `[${md(part.url)}](${linkUrl(part.url)})` : md(part.text)))
    .join('');
}

function textBlock(text: string, extra: Record<string, unknown> = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...extra };
}

/** Keeps the first `max` items; a cut list ends with "…" so readers know there is more. */
function capped<T>(items: T[] | undefined, max: number, more: T): T[] {
  const list = items ?? [];
  return list.length <= max ? list : [...list.slice(0, max), more];
}

function factSet(facts: AnswerFact[], caps: Caps): CardElement[] {
  if (facts.length === 0) return [];
  const shown = capped(facts, caps.items, { label: '…', value: '…' });
  return [{ type: 'FactSet', facts: shown.map((f) => ({ title: md(clip(f.label, caps.itemChars)), value: md(clip(f.value, caps.itemChars)) })) }];
}

/** Parentheses and spaces would end a markdown link early. */
function linkUrl(url: string): string {
  return url.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/\s/g, '%20');
}

function citationBlock(citations: Citation[], caps: Caps): CardElement[] {
  if (citations.length === 0) return [];
  const shown = capped(citations, caps.items, { title: '…' });
  const lines = shown.map((c) => {
    const title = md(clip(c.title, caps.itemChars));
    const link = c.url ? `[${title}](${linkUrl(c.url)})` : title;
    return c.label ? `${md(c.label)}: ${link}` : link;
  });
  return [textBlock(lines.join('\n\n'), { size: 'Small', isSubtle: true, spacing: 'Medium' })];
}

function submit(choice: AnswerChoice): CardElement {
  return {
    type: 'Action.Submit',
    title: clip(choice.label, BUTTON_TITLE_CHARS),
    // Plain data: Teams, the Emulator and the Agents Playground all post it back as activity.value
    // (an `msteams` messageBack/imBack object throws inside the Playground's card code).
    data: { choice: choice.value },
  };
}

/** Choices as rows of buttons: up to 6 short ones per row, long labels one per row so none is cut. */
function choiceRows(choices: AnswerChoice[]): CardElement[] {
  const shown = choices.slice(0, MAX_CHOICES);
  const perRow = shown.some((c) => [...c.label].length > SHORT_LABEL) ? 1 : ACTIONS_PER_ROW;
  const rows: CardElement[] = [];
  for (let i = 0; i < shown.length; i += perRow) {
    rows.push({ type: 'ActionSet', actions: shown.slice(i, i + perRow).map(submit) });
  }
  return rows;
}

function body(answer: Answer, caps: Caps): CardElement[] {
  const lines = clip(answer.text ?? '', caps.text).split(/\n+/).filter((l) => l.trim() !== '');
  const steps = (answer.steps ?? []).map((step, i) => `${i + 1}. ${mdLinked(clip(step, caps.itemChars))}`);
  const notes = (answer.notes ?? []).map((note) => mdLinked(clip(note, caps.itemChars)));
  return [
    textBlock(md(clip(answer.title, caps.title)), { size: 'Large', weight: 'Bolder' }),
    ...lines.map((l) => textBlock(mdLinked(l))),
    ...factSet(answer.facts ?? [], caps),
    ...capped(steps, caps.items, '…').map((line) => textBlock(line, { spacing: 'Small' })),
    ...capped(notes, caps.items, '…').map((line) => textBlock(line, { color: 'Warning' })),
    ...citationBlock(answer.citations ?? [], caps),
    ...choiceRows(answer.choices ?? []),
  ];
}

/** Size of the attachment as Teams receives it (UTF-8 JSON). */
export function cardBytes(attachment: Attachment): number {
  return Buffer.byteLength(JSON.stringify(attachment), 'utf8');
}

/**
 * Renders an answer as an Adaptive Card 1.5 attachment for Teams. Pure: the same answer always
 * gives the same card. Long parts are cut (marked "…") with the loosest caps that keep the
 * attachment under MAX_CARD_BYTES; a choice click sends its value back as `activity.value.choice`.
 * Web addresses in the text, steps and notes are links.
 */
export function renderCard(answer: Answer): Attachment {
  let attachment = build(answer, LOOSEST);
  for (const caps of TIGHTER) {
    if (cardBytes(attachment) <= MAX_CARD_BYTES) break;
    attachment = build(answer, caps);
  }
  return attachment;
}

function build(answer: Answer, caps: Caps): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: body(answer, caps),
  });
}
