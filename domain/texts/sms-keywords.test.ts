import { describe, expect, it } from 'vitest';
import { keywordReply, smsKeyword } from './sms-keywords.js';

describe('smsKeyword', () => {
  it('reads the carrier keywords, whatever the case or a trailing full stop', () => {
    expect(smsKeyword('STOP', false)).toBe('stop');
    expect(smsKeyword(' Unsubscribe. ', false)).toBe('stop');
    expect(smsKeyword('start', true)).toBe('start');
    expect(smsKeyword('Help', false)).toBe('help');
  });

  it('takes YES as a restart only from a number that stopped, and a sentence as no keyword', () => {
    expect(smsKeyword('YES', true)).toBe('start');
    expect(smsKeyword('YES', false)).toBeNull();
    expect(smsKeyword('Please stop calling me about this', false)).toBeNull();
  });

  it('answers each in words that name the organization and the way back', () => {
    expect(keywordReply('stop', 'Evergreen Chapel')).toMatch(/no more texts from Evergreen Chapel.*START/);
    expect(keywordReply('help', 'Evergreen Chapel')).toMatch(/Reply STOP/);
  });
});
