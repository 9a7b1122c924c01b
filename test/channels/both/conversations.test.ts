import { describe, expect, it } from '@jest/globals';
import { DEMO } from '../../../src/store/demo-data.js';
import { useChannel, type Who, type Where } from './drivers.js';

/**
 * One table of conversations, run through both doors of the same running server, so Teams and
 * Slack cannot drift apart. Each step is what a person does and what they must see.
 */
type Step = { say: string; where?: Where; see: RegExp[]; notSee?: RegExp[] } | { click: string; see: RegExp[] };
interface Conversation {
  name: string;
  who: Who;
  steps: Step[];
}

const M3 = 'This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID.';
const ids = [new RegExp(DEMO.activation.accessId), new RegExp(DEMO.activation.contractId)];

const table: Conversation[] = [
  { name: 'general question from someone unknown', who: 'stranger', steps: [{ say: 'how many incidents does gold give?', see: [/Microsoft Product Support/, /20 incidents/] }] },
  { name: 'Korean question, Korean answer from the org’s records', who: DEMO.users.contosoUser, steps: [{ say: '우리 혜택 알려줘', see: [/Contoso Cloud Partners의 혜택/, /인시던트 20개, 18개 남음/] }] },
  { name: 'IDs in a private chat', who: DEMO.users.contosoUser, steps: [{ say: 'Where are our Access ID and Contract ID?', see: ids }] },
  { name: 'IDs refused in a shared place', who: DEMO.users.contosoUser, steps: [{ say: 'Where are our Access ID and Contract ID?', where: 'shared', see: [/only share the IDs in private/], notSee: ids }] },
  {
    name: 'cancel at a question',
    who: DEMO.users.fabrikamAdmin,
    steps: [
      { say: 'register', see: [/Paste the Access ID and the Contract ID/] },
      { say: 'cancel', see: [/Cancelled/] },
    ],
  },
  {
    name: 'activation is explained, and the IDs Partner Center shows are registered with buttons',
    who: DEMO.users.fabrikamAdmin,
    steps: [
      { say: 'Where are our Access ID and Contract ID?', see: [/Activate the benefits in Partner Center/, /Register the IDs with me\?/] },
      { click: 'register', see: [/Paste the Access ID and the Contract ID/] },
      { say: 'Access ID 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d Contract ID 8801234567', see: [/Register these IDs for Fabrikam Solutions\?/, /••••4567/], notSee: [/8801234567/] },
      { click: 'yes', see: [/IDs registered for Fabrikam Solutions/] },
    ],
  },
  {
    name: 'the Azure error, triaged with the records and one button',
    who: DEMO.users.contosoUser,
    steps: [
      { say: `The Azure portal says: ${M3}`, see: [/Ignore the message: your contract is already linked/, /from our records/, /Cloud Solution Provider/] },
      { click: 'error customerSubscription=yes', see: [/Don't link anything: use the Cloud Solution Provider plan/, /Gold competency \(from our records\)/] },
    ],
  },
  {
    name: 'an org on the current program: its held offers and balances, today\'s names; a 2021 question also says what it is called now',
    who: DEMO.users.woodgroveUser,
    steps: [
      { say: 'what are our support benefits?', see: [/Solutions Partner designation/, /Partner Success Core/, /Partner Cloud Support/, /49 left/], notSee: [/Signature Cloud Support/] },
      { say: 'how many incidents does gold give?', see: [/20 incidents/, /Gold competency ended on 2022-09-30/, /Solutions Partner designation/] },
    ],
  },
  { name: 'incidents left', who: DEMO.users.contosoUser, steps: [{ say: 'How many incidents do we have left?', see: [/18 left/, /Windows 10/] }] },
];

describe.each(['teams', 'slack'] as const)('the conversation table over %s', (channel) => {
  const { driver } = useChannel(channel);
  it.each(table.map((c) => [c.name, c] as const))('%s', async (_name, conversation) => {
    for (const step of conversation.steps) {
      const seen = 'say' in step ? await driver().say(conversation.who, step.say, step.where) : await driver().click(conversation.who, step.click);
      for (const pattern of step.see) expect(seen).toMatch(pattern);
      for (const pattern of 'notSee' in step ? (step.notSee ?? []) : []) expect(seen).not.toMatch(pattern);
    }
  });
});
