import type { ServiceType } from '../services.js';
import { serviceName, writtenDateTime } from './appointment-words.js';

type Appointment = { service: ServiceType; localStart: string; confirmation: string };

export function confirmationText(organization: string, appointment: Appointment): string {
  return (
    `${organization}: your ${serviceName(appointment.service)} is booked for ${writtenDateTime(appointment.localStart)}. ` +
    `Confirmation number ${appointment.confirmation}. Call us any time if anything changes.`
  );
}

export function reminderText(organization: string, appointment: Appointment): string {
  return (
    `${organization}: a reminder of your ${serviceName(appointment.service)} tomorrow, ${writtenDateTime(appointment.localStart)}. ` +
    `Confirmation number ${appointment.confirmation}. We are here if you need anything.`
  );
}
