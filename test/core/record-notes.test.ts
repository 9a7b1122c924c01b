import { describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../src/core/catalog.js';
import { recordNotes, type RecordTopic } from '../../src/core/record-notes.js';
import type { OrgRecord } from '../../src/core/types.js';
import { NOW, entries, orgRecord } from '../fakes/records.js';

const program = loadCatalog().defaultProgram;

const orgs: Record<string, OrgRecord> = {
  healthy: orgRecord({ activated: {} }),
  noMembership: orgRecord({ offer: null }),
  lapsed: orgRecord({ membership: { startsOn: '2020-01-01', endsOn: '2020-12-31' }, activated: {} }),
  notRegistered: orgRecord({}),
  // Registered in the previous membership year (before 2021-01-01), expired in this one.
  renewedOldContract: orgRecord({ activated: { at: '2020-04-01T00:00:00.000Z', expiresAt: '2021-04-01T00:00:00.000Z' } }),
  expiredThisYear: orgRecord({ activated: { at: '2021-01-05T00:00:00.000Z', expiresAt: '2021-06-01T00:00:00.000Z' } }),
  hybridUsedUp: orgRecord({ offer: 'silver', competencies: ['messaging'], activated: {}, ledger: entries('signature-hybrid', 5) }),
  onPremUsedUp: orgRecord({ offer: 'action-pack', competencies: [], activated: {}, ledger: entries('product-support', 10) }),
  actionPack: orgRecord({ offer: 'action-pack', competencies: [], activated: {} }),
};

describe('recordNotes: what the records show that bears on a question', () => {
  it.each<[string, RecordTopic, string[]]>([
    ['healthy', 'any', []],
    ['noMembership', 'ids', ['no-membership']],
    ['lapsed', 'benefits', ['membership-lapsed']],
    ['notRegistered', 'ids', ['not-registered']],
    ['renewedOldContract', 'ids', ['renewed-old-contract']],
    ['renewedOldContract', 'cloud', ['renewed-old-contract']],
    ['expiredThisYear', 'incidents', ['contract-expired']],
    ['hybridUsedUp', 'cloud', ['line-used-up']],
    ['hybridUsedUp', 'ids', []],
    ['onPremUsedUp', 'incidents', ['line-used-up']],
    ['onPremUsedUp', 'cloud', ['action-pack-cloud']],
    ['actionPack', 'cloud', ['action-pack-cloud']],
    ['actionPack', 'error', ['action-pack-cloud']],
    ['actionPack', 'benefits', []],
    ['actionPack', 'any', ['action-pack-cloud']],
  ])('%s asking about %s → %j', (org, topic, ids) => {
    expect(recordNotes(orgs[org]!, program, NOW, topic).map((n) => n.id)).toEqual(ids);
  });

  it('carries the dates and packs the wording needs, and never an ID', () => {
    expect(recordNotes(orgs['renewedOldContract']!, program, NOW, 'ids')).toEqual([{ id: 'renewed-old-contract', values: { expiredOn: '2021-04-01', startsOn: '2021-01-01' } }]);
    expect(recordNotes(orgs['hybridUsedUp']!, program, NOW, 'cloud')).toEqual([{ id: 'line-used-up', values: { pack: 'Partner Signature 5pack', allowance: '5', scope: 'cloud', endsOn: '2021-12-31', on: '2021-02-01' } }]);
    for (const org of Object.values(orgs)) expect(JSON.stringify(recordNotes(org, program, NOW))).not.toMatch(/ACCESS-|CONTRACT-/);
  });
});
