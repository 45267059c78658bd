import { CONFIRMATION_PREFIXES, type ServiceType } from './services.js';

const DIGITS = 6;
const MAX_SEQUENCE = 10 ** DIGITS - 1;

/** 'BUR-000042': the service prefix staff recognise, then the tenant's booking sequence in six digits. */
export function formatConfirmationCode(service: ServiceType, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_SEQUENCE) {
    throw new RangeError(`confirmation sequence must be an integer from 1 to ${MAX_SEQUENCE}, got ${sequence}`);
  }
  return `${CONFIRMATION_PREFIXES[service]}-${String(sequence).padStart(DIGITS, '0')}`;
}
