import { describe, expect, it } from 'vitest';
import { EMPTY_CALLER_DETAILS, callerDetailsSchema } from './caller-details.js';

describe('callerDetailsSchema', () => {
  it('accepts complete details with an E.164 phone', () => {
    const details = {
      callerName: 'Sarah Williams',
      phone: '+15551234567',
      email: 'sarah@example.com',
      deceasedName: 'Elizabeth Williams',
      relationship: 'child',
      serviceType: 'burial',
    };
    expect(callerDetailsSchema.parse(details)).toEqual(details);
  });

  it('accepts the empty details', () => {
    expect(callerDetailsSchema.parse(EMPTY_CALLER_DETAILS)).toEqual(EMPTY_CALLER_DETAILS);
  });

  it('rejects a phone that is not E.164, an unknown relationship and planning as a caller choice', () => {
    expect(callerDetailsSchema.safeParse({ ...EMPTY_CALLER_DETAILS, phone: '555-123-4567' }).success).toBe(false);
    expect(callerDetailsSchema.safeParse({ ...EMPTY_CALLER_DETAILS, relationship: 'cousin' }).success).toBe(false);
    expect(callerDetailsSchema.safeParse({ ...EMPTY_CALLER_DETAILS, serviceType: 'planning' }).success).toBe(false);
  });
});
