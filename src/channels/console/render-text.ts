import type { Answer, AnswerFact, Citation } from '../../core/answer.js';
import { splitLinks } from '../links.js';

/**
 * Control characters other than tab and newline (C0, DEL, C1). Stripped so an answer that
 * echoes user input cannot move the cursor or recolour the terminal (ESC sequences).
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

function clean(text: string): string {
  return text.replace(CONTROL, '');
}

/** Web addresses in angle brackets, the plain-text way to mark where an address ends (terminals link them). */
function linked(text: string): string {
  return splitLinks(text)
    .map((part) => ('url' in part ? `<${part.url}>` : part.text))
    .join('');
}

/** Indents continuation lines so a multi-line item stays visually inside its bullet. */
function hang(text: string, indent: string): string {
  return clean(text).replace(/\n/g, `\n${indent}`);
}

/** Hangul, CJK and full-width forms take two terminal columns; good enough to size an underline. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function underline(title: string): string {
  const width = [...title].reduce((w, ch) => w + (WIDE.test(ch) ? 2 : 1), 0);
  return '='.repeat(Math.min(Math.max(width, 3), 60));
}

function factLines(facts: AnswerFact[]): string[] {
  return facts.map((f) => `${clean(f.label)}: ${hang(f.value, '  ')}`);
}

function citationLine(c: Citation): string {
  const label = clean(c.label ?? 'Source');
  return c.url ? `${label}: ${clean(c.title)} (${clean(c.url)})` : `${label}: ${clean(c.title)}`;
}

/**
 * Renders an answer as plain terminal text (no ANSI colours): title, lead text,
 * "label: value" facts, numbered steps, "! " notes, citations as "Source: title (url)",
 * and last the choices as "[1] label" so the prompt sits right above the input line.
 * Sections are separated by one blank line; empty sections are left out.
 */
export function renderText(answer: Answer): string {
  const title = clean(answer.title);
  const sections: string[][] = [
    [title, underline(title)],
    answer.text ? [linked(clean(answer.text))] : [],
    factLines(answer.facts ?? []),
    (answer.steps ?? []).map((s, i) => `${i + 1}. ${linked(hang(s, ' '.repeat(String(i + 1).length + 2)))}`),
    (answer.notes ?? []).map((n) => `! ${linked(hang(n, '  '))}`),
    (answer.citations ?? []).map(citationLine),
    (answer.choices ?? []).map((c, i) => `[${i + 1}] ${hang(c.label, '    ')}`),
  ];
  return sections
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n');
}
