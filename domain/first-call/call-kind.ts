/**
 * What a call was, as a funeral director would file it. A first call (a death has occurred and the
 * family needs the home) and a facility call (a hospital, hospice or care home releasing someone)
 * page the director on call; the others never do.
 */
export const CALL_KINDS = [
  'first_call',
  'facility_call',
  'pre_need',
  'price_question',
  'booking',
  'existing_family',
  'general_question',
  'not_a_customer',
] as const;
export type CallKind = (typeof CALL_KINDS)[number];

export const CALL_KIND_LABELS: Record<CallKind, string> = {
  first_call: 'First call',
  facility_call: 'Facility call',
  pre_need: 'Pre-need',
  price_question: 'Price question',
  booking: 'Booking',
  existing_family: 'Existing family',
  general_question: 'Question',
  not_a_customer: 'Not a customer',
};

/** The kinds for which someone must go: the director on call is paged. */
export const PAGED_KINDS: ReadonlySet<CallKind> = new Set(['first_call', 'facility_call']);
