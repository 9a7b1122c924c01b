import type { Answer, AnswerChoice, Citation } from '../src/core/answer.js';
import type { Program } from '../src/core/catalog-schema.js';
import { citationUrl } from '../src/core/catalog.js';
import type { Locale } from '../src/core/types.js';
import { MENU } from './topics.js';
import type { TurnInfo } from './turn.js';

/** Small builders shared by the dialogs, so every answer cites and phrases things the same way. */

/** "Global admin, MPN partner admin": a person's roles by their names in the program. */
export function roleNames(program: Program, roles: readonly string[], locale: Locale): string {
  return roles.map((r) => program.roles.find((x) => x.id === r)?.name[locale] ?? r).join(', ');
}

/** "Article title § Section heading", linked to the section (per-locale page, anchor when known). */
export function cite(program: Program, section: string, info: Pick<TurnInfo, 'locale' | 't'>): Citation {
  const heading = program.sections[section]?.heading[info.locale] ?? section;
  return { label: info.t('answers:source'), title: `${program.source.title[info.locale]} § ${heading}`, url: citationUrl(program, section, info.locale) };
}

/** A list resource (i18next `returnObjects`), empty when the key has none. */
export function list(info: Pick<TurnInfo, 't'>, key: string, options: Record<string, unknown> = {}): string[] {
  const value = info.t(key, { ...options, returnObjects: true }) as unknown;
  return Array.isArray(value) ? value.map(String) : [];
}

/** A UI click path in the user's language (plain text: renderers escape markup); Korean keeps the English label, since the Korean UI wording varies. */
export function uiPath(program: Program, portal: string, path: string, locale: Locale): string {
  const p = program.portals.find((x) => x.id === portal)?.paths[path];
  if (!p) return path;
  const labels = locale === 'ko' ? p.ko.map((ko, i) => (p.en[i] && p.en[i] !== ko ? `${ko}(${p.en[i]})` : ko)) : p.en;
  return labels.join(' → ');
}

export function portalUrl(program: Program, portal: string): string {
  return program.portals.find((x) => x.id === portal)?.url ?? '';
}

/** Values the bot's texts interpolate everywhere: portal paths and addresses. */
export function commonValues(program: Program, locale: Locale): Record<string, string> {
  const activators = program.roles.filter((r) => r.may.includes('activate')).map((r) => r.name[locale]);
  return {
    // "Global admin or MPN partner admin": the roles that may activate, by their names in the program.
    activators: activators.join(locale === 'ko' ? ' 또는 ' : ' or '),
    activatePath: uiPath(program, 'partner-center', 'activate', locale),
    switchAccountPath: uiPath(program, 'partner-center', 'switchAccount', locale),
    cspRequestPath: uiPath(program, 'partner-center', 'cspRequest', locale),
    addContractPath: uiPath(program, 'support-for-business', 'addContract', locale),
    unavailablePlansPath: uiPath(program, 'support-for-business', 'unavailablePlans', locale),
    linkPath: uiPath(program, 'azure-portal', 'linkBenefits', locale),
    newRequestPath: uiPath(program, 'azure-portal', 'newRequest', locale),
    partnerCenterUrl: portalUrl(program, 'partner-center'),
    sfbUrl: portalUrl(program, 'support-for-business'),
    azureUrl: portalUrl(program, 'azure-portal'),
  };
}

/** A text answer from `answers:<key>.title/.text/.steps/.notes`, localized and interpolated. */
export function fromKey(info: TurnInfo, program: Program, key: string, extra: Partial<Answer> & { values?: Record<string, unknown>; section?: string } = {}): Answer {
  const { values = {}, section, ...rest } = extra;
  const v = { ...commonValues(program, info.locale), ...values };
  const text = info.t(`answers:${key}.text`, { ...v, defaultValue: '' });
  const steps = list(info, `answers:${key}.steps`, v);
  const notes = list(info, `answers:${key}.notes`, v);
  return {
    kind: 'info',
    locale: info.locale,
    title: info.t(`answers:${key}.title`, v),
    ...(text ? { text } : {}),
    ...(steps.length ? { steps } : {}),
    ...(notes.length ? { notes } : {}),
    ...(section ? { citations: [cite(program, section, info)] } : {}),
    sensitive: false,
    ...rest,
  };
}

/** The main things the bot does, as buttons; values are command words the router knows in both languages. */
export function menuChoices(info: TurnInfo, commands: readonly string[] = MENU): AnswerChoice[] {
  return commands.map((c) => ({ label: info.t(`answers:menu.${c}`), value: c }));
}

export function yesNo(info: TurnInfo, yesKey = 'answers:ask.yes', noKey = 'answers:ask.no'): AnswerChoice[] {
  return [
    { label: info.t(yesKey), value: 'yes' },
    { label: info.t(noKey), value: 'no' },
  ];
}
