import type { types as slack } from '@slack/bolt';
import type { Answer, AnswerChoice, AnswerFact, Citation } from '../../core/answer.js';
import { splitLinks } from '../links.js';

/** A chat.postMessage body: `text` is the notification / screen-reader fallback of `blocks`. */
export interface SlackMessage {
  text: string;
  blocks: slack.KnownBlock[];
}

/** Block Kit limits (api.slack.com/reference/block-kit), all in characters. */
export const BLOCK_KIT_LIMITS = {
  blocks: 50, headerText: 150, sectionText: 3000, fields: 10, fieldText: 2000, contextElements: 10,
  contextText: 3000, actionsElements: 25, buttonText: 75, buttonValue: 2000, actionId: 255, blockId: 255,
  fallbackText: 40_000,
} as const;
const L = BLOCK_KIT_LIMITS;
/** Notifications show a line or two; the blocks carry the rest. */
const FALLBACK_CHARS = 3000;

/** Slack mrkdwn: only &, < and > must be escaped; unescaped `<` would start a link or a mention. */
function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Length in UTF-16 units (what `.length` counts) of the longest prefix whose measured size fits `max`; never splits an emoji. */
function prefixFitting(raw: string, max: number, measure: (ch: string) => number): number {
  let used = 0;
  let end = 0;
  for (const ch of raw) {
    used += measure(ch);
    if (used > max) break;
    end += ch.length;
  }
  return end;
}

const escapedLength = (ch: string): number => escape(ch).length;

/** Escaped mrkdwn of at most `max` characters, cut with "…" (never inside an `&amp;`). */
function mrkdwn(raw: string, max: number): string {
  const escaped = escape(raw);
  return escaped.length <= max ? escaped : `${escape(raw.slice(0, prefixFitting(raw, max - 1, escapedLength)))}…`;
}

function plain(raw: string, max: number): string {
  return raw.length <= max ? raw : `${raw.slice(0, prefixFitting(raw, max - 1, (ch) => ch.length))}…`;
}

/** Splits long text into escaped pieces of at most `max`, preferring line and word breaks. */
function chunks(raw: string, max: number): string[] {
  const out: string[] = [];
  let rest = raw.trim();
  while (rest !== '') {
    let cut = Math.max(prefixFitting(rest, max, escapedLength), 1);
    if (cut < rest.length) {
      const brk = Math.max(rest.lastIndexOf('\n', cut), rest.lastIndexOf(' ', cut));
      if (brk > cut / 2) cut = brk;
    }
    out.push(escape(rest.slice(0, cut)));
    rest = rest.slice(cut).trimStart();
  }
  return out;
}

/** Joins lines into as few texts as possible, each at most `max` (every line already fits). */
function pack(lines: string[], max: number): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last !== undefined && last.length + 1 + line.length <= max) out[out.length - 1] = `${last}\n${line}`;
    else out.push(line);
  }
  return out;
}

function groups<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Web addresses in escaped mrkdwn as `<url>` links (escaping already made `&` the `&amp;` Slack wants there). */
function linked(escaped: string): string {
  return splitLinks(escaped)
    .map((part) => ('url' in part ? `<${part.url}>` : part.text))
    .join('');
}

const section = (text: string): slack.SectionBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });
const context = (texts: string[]): slack.ContextBlock => ({ type: 'context', elements: texts.map((text) => ({ type: 'mrkdwn', text })) });

function factBlocks(facts: AnswerFact[]): slack.KnownBlock[] {
  const fields = facts.map((f) => {
    const label = `*${mrkdwn(f.label, 200)}*\n`;
    return { type: 'mrkdwn' as const, text: label + mrkdwn(f.value, L.fieldText - label.length) };
  });
  return groups(fields, L.fields).map((group) => ({ type: 'section', fields: group }));
}

/** `<url|title>` link; characters that would end the link early are percent-encoded in the url. */
function citation(c: Citation): string {
  const title = mrkdwn(c.title, 1000);
  const label = c.label ? `${mrkdwn(c.label, 50)}: ` : '';
  if (!c.url) return `${label}${title}`;
  const url = c.url.replace(/&/g, '&amp;').replace(/[|<>\s]/g, (ch) => encodeURIComponent(ch));
  return `${label}<${url}|${title}>`;
}

function choicesBlock(choices: AnswerChoice[]): slack.ActionsBlock {
  return {
    type: 'actions',
    block_id: 'choices',
    elements: choices.slice(0, L.actionsElements).map((c, i) => ({
      type: 'button',
      action_id: `choice:${i}`,
      text: { type: 'plain_text', text: plain(c.label, L.buttonText), emoji: true },
      // Values are short ids in practice; clipping a freak one beats Slack rejecting the whole message.
      value: plain(c.value, L.buttonValue),
    })),
  };
}

function contentBlocks(answer: Answer): slack.KnownBlock[] {
  // Links are at most 2 characters longer than the address; the limits keep room for them.
  const steps = (answer.steps ?? []).map((s, i) => `${i + 1}. ${linked(mrkdwn(s, L.sectionText - 100))}`);
  return [
    { type: 'header', text: { type: 'plain_text', text: plain(answer.title, L.headerText), emoji: true } },
    ...chunks(answer.text ?? '', L.sectionText - 100).map((text) => section(linked(text))),
    ...factBlocks(answer.facts ?? []),
    ...pack(steps, L.sectionText).map(section),
    ...groups((answer.notes ?? []).map((n) => `:warning: ${linked(mrkdwn(n, L.contextText - 100))}`), L.contextElements).map(context),
    ...groups((answer.citations ?? []).map(citation), L.contextElements).map(context),
  ];
}

/**
 * Renders an answer as a Slack message: a header, mrkdwn sections (long text split at 3,000
 * characters), facts as section fields, steps, notes and citations as context, and choices as an
 * `actions` block (block_id "choices", action_id "choice:<index>", value = the choice value).
 * Over 50 blocks, the tail of the content is cut (marked "…") but the choices are kept. The
 * fallback `text` is the title and lead text only, so facts (IDs) never reach a push notification.
 */
export function renderBlocks(answer: Answer): SlackMessage {
  const choices = answer.choices?.length ? [choicesBlock(answer.choices)] : [];
  let content = contentBlocks(answer);
  if (content.length + choices.length > L.blocks) {
    content = [...content.slice(0, L.blocks - choices.length - 1), context(['…'])];
  }
  const text = mrkdwn(answer.text ? `${answer.title}\n${answer.text}` : answer.title, FALLBACK_CHARS);
  return { text, blocks: [...content, ...choices] };
}


type Violations = string[];

function tooLong(what: string, text: string | undefined, max: number, out: Violations): void {
  if (text !== undefined && text.length > max) out.push(`${what} is ${text.length} chars (max ${max})`);
}

function checkActions(block: slack.ActionsBlock, at: string, ids: Set<string>, out: Violations): void {
  if (block.elements.length > L.actionsElements) out.push(`${at} has ${block.elements.length} elements (max ${L.actionsElements})`);
  block.elements.forEach((el, i) => {
    const where = `${at}.elements[${i}]`;
    if ('action_id' in el && el.action_id !== undefined) {
      tooLong(`${where} action_id`, el.action_id, L.actionId, out);
      if (ids.has(el.action_id)) out.push(`${where} action_id "${el.action_id}" is not unique`);
      ids.add(el.action_id);
    }
    if (el.type !== 'button') return;
    if (el.text.text.length === 0) out.push(`${where} button text is empty`);
    tooLong(`${where} button text`, el.text.text, L.buttonText, out);
    tooLong(`${where} button value`, el.value, L.buttonValue, out);
    tooLong(`${where} button url`, el.url, 3000, out);
  });
}

function checkBlock(block: slack.KnownBlock, at: string, ids: Set<string>, out: Violations): void {
  switch (block.type) {
    case 'header':
      if (block.text.text.trim() === '') out.push(`${at} header text is empty`);
      tooLong(`${at} header text`, block.text.text, L.headerText, out);
      break;
    case 'section':
      if (!block.text && !block.fields?.length) out.push(`${at} section has neither text nor fields`);
      tooLong(`${at} section text`, block.text?.text, L.sectionText, out);
      if ((block.fields?.length ?? 0) > L.fields) out.push(`${at} has ${block.fields?.length} fields (max ${L.fields})`);
      block.fields?.forEach((f, i) => tooLong(`${at}.fields[${i}]`, f.text, L.fieldText, out));
      break;
    case 'context':
      if (block.elements.length === 0 || block.elements.length > L.contextElements) out.push(`${at} has ${block.elements.length} elements (1..${L.contextElements})`);
      block.elements.forEach((el, i) => tooLong(`${at}.elements[${i}]`, 'text' in el ? el.text : undefined, L.contextText, out));
      break;
    case 'actions':
      checkActions(block, at, ids, out);
      break;
    default:
      break;
  }
}

/**
 * Lists every Block Kit limit a message breaks (empty when Slack would accept it): block count,
 * header/section/field/context/button lengths, field and element counts, unique block_ids and
 * action_ids, and the 40,000-char fallback text. Used by the renderer tests and channel tests.
 */
export function checkBlockKitLimits(message: { text?: string; blocks?: slack.KnownBlock[] }): string[] {
  const out: Violations = [];
  const blocks = message.blocks ?? [];
  if (!message.text) out.push('fallback text is missing');
  tooLong('fallback text', message.text, L.fallbackText, out);
  if (blocks.length > L.blocks) out.push(`${blocks.length} blocks (max ${L.blocks})`);
  const blockIds = new Set<string>();
  const actionIds = new Set<string>();
  blocks.forEach((block, i) => {
    const at = `blocks[${i}]`;
    if (block.block_id !== undefined) {
      tooLong(`${at} block_id`, block.block_id, L.blockId, out);
      if (blockIds.has(block.block_id)) out.push(`${at} block_id "${block.block_id}" is not unique`);
      blockIds.add(block.block_id);
    }
    checkBlock(block, at, actionIds, out);
  });
  return out;
}
