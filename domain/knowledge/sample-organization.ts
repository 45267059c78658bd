import type { RotaRole } from '../paging/on-call-rota.js';

/** What a new demo organization knows, and what a call scenario uses when it brings nothing of its own. */
export const SAMPLE_KNOWLEDGE: { address?: string; directions?: string; parking?: string; office_hours?: string; public_services?: Array<{ name: string; kind: string; start: string; place: string }> } = {
  address: '2140 Evergreen Avenue',
  parking: 'free, in the lot behind the chapel, entrance on Oak Street',
  public_services: [],
};

export const SAMPLE_ROTA: ReadonlyArray<{ name: string; phone: string; role: RotaRole }> = [
  { name: 'Ana Ruiz', phone: '+15550100001', role: 'primary' },
  { name: 'James Okafor', phone: '+15550100002', role: 'backup' },
  { name: 'Evelyn Hart', phone: '+15550100003', role: 'owner' },
];
