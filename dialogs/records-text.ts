import type { Answer, AnswerFact } from '../src/core/answer.js';
import type { Link } from '../src/core/types.js';
import type { Program } from '../src/core/catalog-schema.js';
import type { RecordNote } from '../src/core/record-notes.js';
import { lastOpenedOn, type LineBalance } from '../src/core/ledger.js';
import type { OrgSummary } from '../src/core/service.js';
import { may } from '../src/core/access.js';
import { cite, commonValues, list, roleNames } from './compose.js';
import type { TurnInfo } from './turn.js';

/** The first of `keys` that has a text (i18next returns the key itself for a missing one). */
export function firstText(info: Pick<TurnInfo, 't'>, keys: readonly string[], values: Record<string, unknown> = {}): string {
  for (const key of keys) {
    const text = info.t(key, { ...values, defaultValue: '' });
    if (text) return text;
  }
  return keys.at(-1) ?? '';
}

/** A fact's label and an answer's wording: the records namespace first, then the Access-ID tree's in answers. */
export function factLabel(info: Pick<TurnInfo, 't'>, fact: string): string {
  return firstText(info, [`records:fact.${fact}`, `answers:triage.fact.${fact}`]);
}

export function optionLabel(info: Pick<TurnInfo, 't'>, fact: string, value: string): string {
  return firstText(info, [`records:option.${fact}.${value}`, `answers:triage.option.${fact}.${value}`]);
}

export function askText(info: Pick<TurnInfo, 't'>, fact: string): string {
  return firstText(info, [`records:ask.${fact}`, `answers:triage.ask.${fact}.title`]);
}

/** An answer from `records:<key>.title/.text/.steps`, with the portal paths interpolated. */
export function recordsAnswer(info: TurnInfo, program: Program, key: string, extra: Partial<Answer> & { section?: string; values?: Record<string, unknown> } = {}): Answer {
  const { section, values = {}, ...rest } = extra;
  const v = { ...commonValues(program, info.locale), ...values };
  const text = info.t(`records:${key}.text`, { ...v, defaultValue: '' });
  const steps = list(info, `records:${key}.steps`, v);
  return {
    kind: 'info',
    locale: info.locale,
    title: info.t(`records:${key}.title`, v),
    ...(text ? { text } : {}),
    ...(steps.length ? { steps } : {}),
    ...(section ? { citations: [cite(program, section, info)] } : {}),
    sensitive: false,
    ...rest,
  };
}

/** What the records show that bears on a question, with what to do: one line per note. */
export function noteLines(info: Pick<TurnInfo, 't' | 'locale'>, program: Program, notes: readonly RecordNote[], org: string): string[] {
  const common = commonValues(program, info.locale);
  return notes.map((n) => {
    // A note with its day ("the last one used on 2021-04-24") has a dated wording (i18next context).
    const v = { ...common, ...n.values, org, ...(n.values['on'] ? { context: 'dated' } : {}) };
    return `${info.t(`records:note.${n.id}.text`, v)} ${info.t(`records:note.${n.id}.todo`, v)}`;
  });
}

/** Each counted line of the records with nothing left, said as the records' note says it (with the day of its last request). */
export function usedUpLines(info: Pick<TurnInfo, 't'>, summary: Pick<OrgSummary, 'lines' | 'history'>): string[] {
  return summary.lines.flatMap((l: LineBalance) => {
    // (An expired contract leaves none either: that is not a line used up.)
    if (l.allowance.kind !== 'count' || l.remaining.kind !== 'count' || l.remaining.left !== 0 || l.remaining.opened - l.remaining.refunded < l.allowance.count) return [];
    const on = lastOpenedOn(summary.history, l.line);
    return [info.t('records:note.line-used-up.text', { pack: l.packName, allowance: l.allowance.count, ...(on ? { on, context: 'dated' } : {}) })];
  });
}

/** Whether the records namespace words this leaf (the Access-ID tree's leaves live in answers). */
export function recordsLeaf(info: Pick<TurnInfo, 't'>, leaf: string): boolean {
  return info.t(`records:leaf.${leaf}.title`, { defaultValue: '' }) !== '';
}

/** A portal's display name ("Support for Business"), or its id when the catalog lacks it. */
export function portalName(program: Program, id: string): string {
  return program.portals.find((p) => p.id === id)?.name ?? id;
}

/** The asker's own link of the contract, when the records have one (the asker must belong to the org). */
export function ownLink(info: Pick<TurnInfo, 'user'>, s: Pick<OrgSummary, 'org' | 'links'>): Link | undefined {
  const account = info.user?.orgId === s.org.id ? info.user.account.id.toLowerCase() : undefined;
  return account === undefined ? undefined : s.links.find((l) => l.account.id.toLowerCase() === account);
}

/** One sign-in account's link of the contract, as a records line (staff views, "which accounts linked it?"). */
export function linkFact(info: Pick<TurnInfo, 't'>, program: Program, l: Link, name?: string): AnswerFact {
  const portal = portalName(program, l.portal);
  return { label: name ?? info.t('answers:staff.linked'), value: `${l.account.id} (${l.account.kind}), ${portal}, ${l.linkedAt.slice(0, 10)}` };
}

/** Why an expired contract is expired, with the membership's own end when that is still ahead ("but our membership runs until March 2022?"). */
export function whyExpired(info: Pick<TurnInfo, 't'>, s: Pick<OrgSummary, 'expiresAt' | 'org' | 'membershipActive'>): string {
  const membership = s.membershipActive ? s.org.membership?.endsOn : undefined;
  return [info.t('answers:incidents.why-expired', { date: s.expiresAt?.slice(0, 10) ?? '' }), ...(membership ? [info.t('answers:incidents.membership-runs', { date: membership })] : [])].join(' ');
}

/** "Our records list you as MPN partner admin, so you can activate it yourself.", when the asker's roles may activate (never from the CSP side only); else ''. */
export function selfCanActivate(info: Pick<TurnInfo, 't' | 'locale' | 'user'>, program: Program): string {
  const user = info.user;
  return user && user.scope !== 'csp-only' && may(program, user, 'activate') ? info.t('records:activation.self-can', { roles: roleNames(program, user.roles, info.locale) }) : '';
}
