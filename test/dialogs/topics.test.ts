import { describe, expect, it } from '@jest/globals';
import { commandOf } from '../../dialogs/router.js';
import { COMMANDS, MENU, TOPICS } from '../../dialogs/topics.js';
import { createI18n } from '../../src/language/i18n.js';
import { INTENT_IDS } from '../../src/language/intents.js';

describe('the topic table', () => {
  it('has exactly one topic for every intent the recognizer returns', () => {
    expect(TOPICS.map((t) => t.id).sort()).toEqual([...INTENT_IDS].sort());
  });

  it('names the rules each answer rests on (facts.md rule ids) and a section for every answered topic', () => {
    for (const t of TOPICS.filter((x) => x.answer === 'info' || x.answer === 'stateless')) {
      if (t.id === 'help') continue;
      expect([t.id, t.rules.length > 0 && t.rules.every((r) => /^R(21|26)-[A-Z]\d+$/.test(r)), typeof t.section]).toEqual([t.id, true, 'string']);
    }
  });

  it('routes every command word, in both languages, to its topic', () => {
    for (const [word, id] of Object.entries(COMMANDS)) expect([word, commandOf(word)?.intent]).toEqual([word, id]);
    expect(commandOf('benefits gold')).toEqual({ intent: 'check-benefits', rest: 'gold' });
    expect(commandOf('혜택 활성화해 줘')).toBeUndefined();
    // Typed as a question, a command word is still the command.
    expect(commandOf('incidents?')).toEqual({ intent: 'remaining-incidents', rest: '' });
    expect(commandOf('ids?')?.intent).toBe('get-ids');
    // A sentence that starts with a command word is a sentence; a pasted error and a button's arguments are arguments.
    expect(commandOf('benefits page is empty for me')).toBeUndefined();
    expect(commandOf('benefits gold cloud platform')).toEqual({ intent: 'check-benefits', rest: 'gold cloud platform' });
    expect(commandOf('/benefits page is empty for me')?.intent).toBe('check-benefits');
    expect(commandOf('error This Access ID is already associated to an account')?.intent).toBe('access-id-error');
    expect(commandOf('error location=azure-link contractStatus=expired customerSubscription=no offer=gold')?.intent).toBe('access-id-error');
    // A word before another message pasted is not the error command.
    expect(commandOf("error text: You aren't authorized for this action. You must have a program-associated account.")).toBeUndefined();
  });

  it('has a menu label and an intent label in both languages for every menu entry and topic', async () => {
    const i18n = await createI18n();
    for (const lng of ['en', 'ko']) {
      const t = i18n.getFixedT(lng);
      for (const key of MENU) expect(t(`answers:menu.${key}`)).not.toBe(`menu.${key}`);
      for (const topic of TOPICS) expect([topic.id, t(`nlu:intent.${topic.id}`)]).not.toEqual([topic.id, `intent.${topic.id}`]);
    }
  });
});
