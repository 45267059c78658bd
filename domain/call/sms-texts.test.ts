import { describe, expect, it } from 'vitest';
import { confirmationText, reminderText } from './sms-texts.js';

const appointment = { service: 'burial' as const, localStart: '2026-07-11T11:00', confirmation: 'BUR-000001' };

describe('SMS texts', () => {
  it('confirms the service, the written date and the confirmation number', () => {
    expect(confirmationText('Evergreen Chapel', appointment)).toBe(
      'Evergreen Chapel: your burial service is booked for Saturday, July 11 at 11:00 AM. Confirmation number BUR-000001. Call us any time if anything changes.',
    );
  });

  it('reminds with the afternoon written as PM and noon as 12', () => {
    expect(reminderText('Evergreen Chapel', { ...appointment, service: 'consultation', localStart: '2026-07-14T14:30' })).toContain(
      'arrangement consultation tomorrow, Tuesday, July 14 at 2:30 PM',
    );
    expect(reminderText('X', { ...appointment, localStart: '2026-07-14T12:00' })).toContain('at 12:00 PM');
  });
});
