/** What a family can book. `planning` is the arrangement meeting for a pre-need or at-need plan. */
export const SERVICE_TYPES = ['consultation', 'planning', 'burial', 'cremation', 'memorial', 'viewing'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

/** Minutes each service occupies on the calendar, before buffers (defaults of the brief). */
export const DEFAULT_SERVICE_DURATIONS: Record<ServiceType, number> = {
  consultation: 60,
  planning: 90,
  burial: 120,
  cremation: 90,
  memorial: 120,
  viewing: 180,
};

/** Confirmation-number prefix per service; staff read the kind of appointment from it at a glance. */
export const CONFIRMATION_PREFIXES: Record<ServiceType, string> = {
  burial: 'BUR',
  cremation: 'CRE',
  memorial: 'MEM',
  viewing: 'VIE',
  consultation: 'CON',
  planning: 'PLN',
};
