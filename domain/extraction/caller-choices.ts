// The words a call records about a caller, kept apart from their schemas so the staff UI's
// browser code can list them without loading the validation library.

/** The caller's relation to the person who died (`self` = planning one's own arrangements). */
export const RELATIONSHIPS = [
  'spouse',
  'child',
  'parent',
  'sibling',
  'grandchild',
  'other_family',
  'friend',
  'self',
  'professional',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** The kinds of service a caller can ask for; `planning` is the booking's concern, not the caller's words. */
export const CALLER_SERVICE_TYPES = ['burial', 'cremation', 'memorial', 'viewing', 'consultation'] as const;
export type CallerServiceType = (typeof CALLER_SERVICE_TYPES)[number];
