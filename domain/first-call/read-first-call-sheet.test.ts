import { describe, expect, it } from 'vitest';
import { readFirstCallSheet } from './read-first-call-sheet.js';

const sheetOf = (...lines: string[]) => readFirstCallSheet(lines.map((text) => ({ role: 'caller' as const, text })));

describe('readFirstCallSheet', () => {
  it('reads a home address, hospice as the carer, and a release', () => {
    const sheet = sheetOf('Mom passed an hour ago at home. She was with Sunrise Hospice.', 'The hospice nurse said we can call you now. We are at 77 Orchard Lane in Dayton.');
    expect(sheet).toMatchObject({ locationType: 'residence', underHospice: true, hospiceName: 'Sunrise Hospice', released: true });
    expect(sheet.location).toContain('77 Orchard Lane');
  });

  it('reads a hospital with its room, and a body not yet released', () => {
    const sheet = sheetOf('He died at St. Mary Medical Center, fourth floor, room 418.', 'The medical examiner has to look at it before anyone can take him.');
    expect(sheet).toMatchObject({ locationType: 'hospital', location: 'St. Mary Medical Center', released: false });
    expect(sheet.room).toContain('418');
  });

  it('reads a care home, the age in words and what the removal team must know', () => {
    const sheet = sheetOf('Dad died at Maple Grove Nursing Home. He was eighty-two.', 'His room is up a narrow staircase at the back.');
    expect(sheet).toMatchObject({ locationType: 'nursing_home', location: 'Maple Grove Nursing Home', deceasedAge: 82 });
    expect(sheet.removalNotes).toContain('narrow');
  });

  it('reads being sent to call by the hospice or the doctor as a release, and a friend\'s advice as nothing', () => {
    expect(sheetOf('My father just passed at home. The hospice told me to call you.').released).toBe(true);
    expect(sheetOf('Grandma died this morning and her doctor advised us to contact a funeral home.').released).toBe(true);
    expect(sheetOf('My wife died last night. A friend told me to call you.').released).toBeNull();
    expect(sheetOf('The hospice told me to call you, but the coroner has to see him first.').released).toBe(false);
  });

  it('leaves unknown what was not said', () => {
    expect(sheetOf('My husband passed away.')).toMatchObject({ locationType: null, released: null, underHospice: null, location: null });
  });
});
