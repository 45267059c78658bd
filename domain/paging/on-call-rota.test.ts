import { describe, expect, it } from 'vitest';
import { covers, dialableRotaEntry, onCallChain, rotaEntrySchema, type RotaEntry } from './on-call-rota.js';

const entry = (over: Partial<RotaEntry>): RotaEntry => rotaEntrySchema.parse({ name: 'A', phone: '+15550100001', role: 'primary', ...over });

describe('the on-call rota', () => {
  it('covers an overnight span from its first day into the next morning', () => {
    const nights = entry({ weekdays: [5], from: '17:00', until: '08:00' });
    expect(covers(nights, 5, 23 * 60)).toBe(true);
    expect(covers(nights, 6, 7 * 60)).toBe(true);
    expect(covers(nights, 6, 9 * 60)).toBe(false);
    expect(covers(nights, 5, 12 * 60)).toBe(false);
  });

  it('pages those on call now, primary before backup, and always the owner last, each person once', () => {
    const rota = [
      entry({ name: 'Owner', phone: '+15550100009', role: 'owner', weekdays: [1] }),
      entry({ name: 'Nights', phone: '+15550100002', role: 'primary', from: '18:00', until: '06:00' }),
      entry({ name: 'Days', phone: '+15550100003', role: 'primary', from: '06:00', until: '18:00' }),
      entry({ name: 'Back', phone: '+15550100004', role: 'backup' }),
    ];
    expect(onCallChain(rota, 3, 2 * 60).map((p) => p.name)).toEqual(['Nights', 'Back', 'Owner']);
    expect(onCallChain(rota, 3, 10 * 60).map((p) => p.name)).toEqual(['Days', 'Back', 'Owner']);
  });

  it("reads a phone typed the national way in the organization's country", () => {
    expect(dialableRotaEntry(entry({ phone: '0412 345 678' }), 'AU').phone).toBe('+61412345678');
    expect(dialableRotaEntry(entry({ phone: '(312) 555-0142' }), 'US').phone).toBe('+13125550142');
    expect(dialableRotaEntry(entry({ phone: '+44 20 7946 0958' }), 'US').phone).toBe('+442079460958');
  });

  it('refuses a rota line that could never page anyone', () => {
    expect(rotaEntrySchema.safeParse({ name: 'A', phone: '12', role: 'primary' }).success).toBe(false);
    expect(() => dialableRotaEntry(entry({ phone: '555-0100' }), 'US')).toThrow(/not a number we can text/);
    expect(rotaEntrySchema.safeParse({ name: 'A', phone: '+15550100001', role: 'primary', from: '09:00', until: '09:00' }).success).toBe(false);
    expect(rotaEntrySchema.safeParse({ name: 'A', phone: '+15550100001', role: 'primary', weekdays: [8] }).success).toBe(false);
  });
});
