import { describe, expect, it } from '@jest/globals';
import { matchChoice } from '../../dialogs/ask.dialog.js';

const yesNo = [{ label: 'Yes, activate', value: 'yes' }, { label: 'No', value: 'no' }];
const offers = [{ label: 'Microsoft Action Pack', value: 'action-pack' }, { label: '실버 역량', value: 'silver' }, { label: '골드 역량', value: 'gold' }];

describe('typed answers to a question with buttons', () => {
  it.each([
    ['네', yesNo, 'yes'], ['넵', yesNo, 'yes'], ['네요', yesNo, 'yes'], ['ㅇㅇ', yesNo, 'yes'], ['yep', yesNo, 'yes'], ['해 주세요', yesNo, 'yes'],
    ['아뇨', yesNo, 'no'], ['괜찮아요', yesNo, 'no'], ['nah', yesNo, 'no'],
    ['골드요', offers, 'gold'], ['실버', offers, 'silver'], ['2', offers, 'silver'], ['action pack', offers, 'action-pack'],
  ])('"%s" picks its choice', (reply, choices, value) => {
    expect(matchChoice(reply, choices)).toBe(value);
  });

  it.each([['4', offers], ['음', offers], ['what?', yesNo]])('"%s" picks nothing', (reply, choices) => {
    expect(matchChoice(reply, choices)).toBeUndefined();
  });
});
