import type { DialogContext } from 'botbuilder-dialogs';
import type { Answer } from '../src/core/answer.js';
import { isDirectoryChannel, isPartnerRole, type PartnerRole } from '../src/core/directory.js';
import type { ChannelIdentity } from '../src/core/types.js';
import { fromKey } from './compose.js';
import type { DialogDeps } from './deps.js';
import { orgMissAnswer } from './staff.dialog.js';
import { turnInfo, type TurnInfo } from './turn.js';

const EXPLICIT = /^(msteams|slack):([^:\s]+):([^:\s]+)$/u;
const SLACK_MENTION = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$/u;

/**
 * The person a staff member named: `msteams:<tenant>:<object id>`, `slack:<team>:<member id>`,
 * or a Slack mention `<@U…>`, which is a member of the staff member's own workspace.
 */
export function personOf(text: string, speaker: ChannelIdentity): ChannelIdentity | undefined {
  const explicit = EXPLICIT.exec(text);
  // Teams sends tenant and object ids in lower case; people paste them from the admin center in any case.
  const lower = (s: string) => (explicit?.[1] === 'msteams' ? s.toLowerCase() : s);
  if (explicit?.[1] && explicit[2] && explicit[3] && isDirectoryChannel(explicit[1])) return { channel: explicit[1], tenant: lower(explicit[2]), user: lower(explicit[3]) };
  const mention = SLACK_MENTION.exec(text);
  if (mention?.[1] && speaker.channel === 'slack' && speaker.tenant) return { channel: 'slack', tenant: speaker.tenant, user: mention[1] };
  return undefined;
}

/** "<person> org:<org> [role]" split into its parts; undefined when it doesn't have that shape. */
export function parseLink(rest: string, speaker: ChannelIdentity): { person: ChannelIdentity; org: string; role?: PartnerRole } | undefined {
  const m = /^(\S+)\s+(?:org|조직):(?:"([^"]+)"|(\S+))(?:\s+(\S+))?\s*$/iu.exec(rest.trim());
  const person = m?.[1] ? personOf(m[1], speaker) : undefined;
  const org = m?.[2] ?? m?.[3];
  const role = m?.[4]?.toLowerCase();
  if (!person || !org || (role !== undefined && !isPartnerRole(role))) return undefined;
  return { person, org, ...(role ? { role: role as PartnerRole } : {}) };
}

function usage(info: TurnInfo): Answer {
  return { kind: 'refusal', locale: info.locale, title: info.t('onboarding:link.usage.title'), text: info.t('onboarding:link.usage.text'), sensitive: false };
}

/** Runs `link`: the core checks the staff role (refusals audited) and records the person. */
export async function runStaffLink(dc: DialogContext, rest: string, deps: DialogDeps): Promise<void> {
  const info = turnInfo(dc.context);
  const program = deps.service.catalog.defaultProgram;
  const who = { actor: info.user, via: info.identity };
  const request = parseLink(rest, info.identity);
  if (!request && deps.staff.isStaff(info.user)) return deps.send(dc, usage(info));
  // Anyone else gets the refusal (audited by the core) whatever they typed, not a usage lesson.
  if (!request) await deps.staff.gate(who, 'link');
  const r = request ? await deps.staff.link(who, request) : undefined;
  if (!request || !r || r.kind === 'refused') return deps.send(dc, fromKey(info, program, 'staff.refused', { kind: 'refusal' }));
  if (r.kind !== 'linked') return deps.send(dc, orgMissAnswer(info, program, r));
  const values = { person: request.person.user, org: r.org.name, role: info.t(`onboarding:role.${r.user.roles[0] ?? 'user'}`), id: r.user.id };
  await deps.send(dc, {
    kind: 'info',
    locale: info.locale,
    title: info.t('onboarding:link.done.title', values),
    text: info.t('onboarding:link.done.text', values),
    notes: [info.t(r.created ? 'onboarding:link.done.created' : 'onboarding:link.done.updated', values)],
    sensitive: false,
  });
}
