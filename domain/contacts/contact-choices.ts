// The choices of a contact record, kept apart from its schema so the staff UI's browser code can
// list them without loading the validation library.

export const CONTACT_STATUSES = ['lead', 'prospect', 'customer', 'closed'] as const;
export const LEAD_SOURCES = ['phone_call', 'walk_in', 'web', 'referral', 'other'] as const;
export const PAYMENT_STATUSES = ['not_started', 'partial', 'paid', 'overdue'] as const;
export const CONTACT_CREATORS = ['call', 'staff', 'import'] as const;

export type ContactStatus = (typeof CONTACT_STATUSES)[number];
export type LeadSource = (typeof LEAD_SOURCES)[number];
