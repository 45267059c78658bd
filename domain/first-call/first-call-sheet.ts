import { z } from 'zod';

export const LOCATION_TYPES = ['residence', 'hospital', 'hospice_facility', 'nursing_home', 'other'] as const;
export type LocationType = (typeof LOCATION_TYPES)[number];

/**
 * The first-call sheet a director fills when a death is reported: where the person is, whether
 * they may be moved, and what the removal team must know. Every field is null until said.
 */
export const firstCallSheetSchema = z
  .object({
    locationType: z.enum(LOCATION_TYPES).nullable(),
    /** The address, or the facility's name, as the caller gave it. */
    location: z.string().min(1).max(300).nullable(),
    /** Unit, floor or room within a facility. */
    room: z.string().min(1).max(100).nullable(),
    underHospice: z.boolean().nullable(),
    hospiceName: z.string().min(1).max(200).nullable(),
    /** Whether the body may be moved: released by the physician, hospice, medical examiner or coroner. */
    released: z.boolean().nullable(),
    /** Who has been told: "physician", "hospice nurse", "medical examiner", "coroner", "police". */
    notified: z.string().min(1).max(200).nullable(),
    /** When the death happened, in the caller's words ("about an hour ago", "03:40"). */
    timeOfDeath: z.string().min(1).max(100).nullable(),
    deceasedAge: z.number().int().min(0).max(130).nullable(),
    /** What the removal team must know: stairs, narrow access, family present, pets. */
    removalNotes: z.string().min(1).max(500).nullable(),
    /** The next of kin or person with authority, when not the caller, with a number if given. */
    nextOfKin: z.string().min(1).max(200).nullable(),
  })
  .strict();
export type FirstCallSheet = z.infer<typeof firstCallSheetSchema>;

export const EMPTY_FIRST_CALL_SHEET: FirstCallSheet = {
  locationType: null,
  location: null,
  room: null,
  underHospice: null,
  hospiceName: null,
  released: null,
  notified: null,
  timeOfDeath: null,
  deceasedAge: null,
  removalNotes: null,
  nextOfKin: null,
};

/** What was read, with what the agent stated outright laid over it. */
export function withStatedSheet(read: FirstCallSheet, stated: Partial<FirstCallSheet>): FirstCallSheet {
  const explicit = Object.fromEntries(Object.entries(stated).filter(([, value]) => value !== null && value !== undefined));
  return { ...read, ...explicit };
}
