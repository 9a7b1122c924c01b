import { WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Answer } from '../src/core/answer.js';
import { lineFact } from './check-benefits.dialog.js';
import { fromKey } from './compose.js';
import type { DialogDeps } from './deps.js';
import { turnInfo } from './turn.js';

export const REMAINING_INCIDENTS = 'remaining-incidents';
const SECTION = 'how-many-partner-support-incidents-are-remaining';

/**
 * "How many incidents do we have left?" — the balance from the bot's ledger when it knows the
 * org, and always how to read the authoritative balance in Support for Business (the Windows 10
 * dummy-request steps), since cloud portals never show it (R21-B1..B3).
 */
export class RemainingIncidentsDialog extends WaterfallDialog {
  constructor(private readonly deps: DialogDeps) {
    super(REMAINING_INCIDENTS, [(s) => this.answer(s)]);
  }

  private async answer(step: WaterfallStepContext) {
    const info = turnInfo(step.context);
    const orgId = info.user?.orgId;
    const summary = orgId ? await this.deps.service.summary(orgId) : undefined;
    const program = summary?.program ?? this.deps.service.catalog.defaultProgram;
    const how = fromKey(info, program, 'incidents.how', { kind: 'incidents', section: SECTION });
    let answer: Answer = how;
    if (summary?.contract === 'not-activated') {
      answer = { ...how, text: info.t('answers:incidents.not-activated', { org: summary.org.name }) };
    } else if (summary && summary.lines.length) {
      const state = summary.contract === 'valid' ? '' : ` ${info.t(`answers:benefits.contract.${summary.contract}`, { date: summary.expiresAt?.slice(0, 10) ?? '' })}`;
      answer = {
        ...how,
        title: info.t('answers:incidents.org-title', { org: summary.org.name }),
        text: `${info.t('answers:incidents.from-records')}${state} ${how.text ?? ''}`.trim(),
        facts: summary.lines.map((l) => lineFact(info, l)),
      };
    }
    await this.deps.send(step, answer);
    return step.endDialog();
  }
}
