import { describe, expect, it } from 'vitest';
import { serviceToBook } from './service-to-book.js';

describe('serviceToBook', () => {
  it('books the service the caller chose', () => {
    expect(serviceToBook({ relationship: 'child', serviceType: 'burial' })).toBe('burial');
  });

  it('books a planning meeting for someone arranging their own, whatever service they lean to', () => {
    expect(serviceToBook({ relationship: 'self', serviceType: 'cremation' })).toBe('planning');
  });

  it('books a consultation when the family has not decided', () => {
    expect(serviceToBook({ relationship: 'spouse', serviceType: null })).toBe('consultation');
    expect(serviceToBook({ relationship: null, serviceType: null })).toBe('consultation');
  });
});
