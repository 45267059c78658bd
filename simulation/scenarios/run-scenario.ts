import { randomBytes } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { runSimulatedCall } from '../simulated-call.js';
import { callGreeting } from '../../domain/call/greeting.js';
import type { Database } from '../../db/database.js';
import { findLiveAppointmentOfWorkflow, insertEvent, MAIN_RESOURCE } from '../../db/queries/calendar.js';
import { findCallByWorkflow } from '../../db/queries/calls.js';
import { findContact } from '../../db/queries/contacts.js';
import { insertTenant, type Tenant } from '../../db/queries/tenants.js';
import { AppError } from '../../domain/app-error.js';
import type { CallTurn } from '../../domain/extraction/call-turn.js';
import { instantToLocal, localToInstant } from '../../domain/dates/zoned-time.js';
import { defaultTenantSettings } from '../../domain/tenant-settings.js';
import type { Scenario } from './scenario-file.js';
import { seedScenarioOrganization } from './scenario-organization.js';
import { findPageOfCall } from '../../db/queries/pages.js';
import { listPriceQuotes } from '../../db/queries/call-price-quotes.js';

/** What a call left behind, read back from the database, in the scenario's local times. */
export type ScenarioResult = {
  file: string;
  contact: { name: string | null; phone: string | null; email: string | null; deceased_name: string | null; relationship: string | null; service_type: string | null } | null;
  booking: { service: string; start: string; end: string; confirmation: string } | null;
  urgent: boolean;
  kind: string | null;
  first_call: { location_type: string | null; location: string | null; under_hospice: boolean | null; released: boolean | null } | null;
  page: boolean;
  prices_quoted: string[];
  workflow_id: string;
};

function instantOf(local: string, timeZone: string): string {
  const instant = localToInstant(local, timeZone);
  if (!instant) throw new AppError('invalid_input', `${local} does not exist in ${timeZone} (a daylight-saving gap)`);
  return instant;
}

/** A fresh organization in the scenario's time zone, with default settings and its calendar. */
async function createScenarioTenant(db: Database, scenario: Scenario): Promise<Tenant> {
  const suffix = randomBytes(5).toString('hex');
  const tenant = await insertTenant(db, {
    name: 'Evergreen Memorial Chapel',
    slug: `call-${suffix}`,
    isDemo: true,
    settings: defaultTenantSettings(scenario.timezone),
  });
  for (const event of scenario.calendar) {
    await insertEvent(db, {
      tenantId: tenant.id,
      resource: MAIN_RESOURCE,
      kind: 'external',
      serviceType: null,
      title: event.title,
      start: instantOf(event.start, scenario.timezone),
      end: instantOf(event.end, scenario.timezone),
      bufferMinutes: tenant.settings.bufferMinutes,
      status: 'confirmed',
    });
  }
  await seedScenarioOrganization(db, { tenantId: tenant.id, scenario, instantOf: (local) => instantOf(local, scenario.timezone) });
  return tenant;
}

export async function runScenario(options: {
  db: Database;
  temporal: Client;
  taskQueue: string;
  file: string;
  scenario: Scenario;
  onTurn?: (turn: CallTurn) => void;
}): Promise<ScenarioResult> {
  const { db, scenario } = options;
  const tenant = await createScenarioTenant(db, scenario);
  const call = await runSimulatedCall({
    temporal: options.temporal,
    taskQueue: options.taskQueue,
    call: {
      tenantId: tenant.id,
      callSid: `SIM${randomBytes(8).toString('hex')}`,
      fromPhone: scenario.from ?? null,
      referenceTime: instantOf(scenario.now, scenario.timezone),
      timeZone: scenario.timezone,
    },
    greeting: callGreeting(tenant.name),
    callerLines: scenario.caller,
    ...(options.onTurn ? { onTurn: options.onTurn } : {}),
  });
  const key = { tenantId: tenant.id, workflowId: call.workflowId };
  const [record, appointment] = await Promise.all([findCallByWorkflow(db, key), findLiveAppointmentOfWorkflow(db, key)]);
  const contact = record?.contactId ? await findContact(db, { tenantId: tenant.id, id: record.contactId }) : null;
  const [page, quotes] = record
    ? await Promise.all([findPageOfCall(db, { tenantId: tenant.id, callId: record.id }), listPriceQuotes(db, { tenantId: tenant.id, callId: record.id })])
    : [null, []];
  const sheet = record?.firstCall ?? null;
  return {
    file: options.file,
    contact: contact && {
      name: contact.name,
      phone: contact.phone,
      email: contact.email,
      deceased_name: contact.deceasedName,
      relationship: contact.relationship,
      service_type: contact.serviceType,
    },
    booking:
      appointment?.status === 'confirmed'
        ? {
            service: appointment.serviceType ?? 'consultation',
            start: instantToLocal(appointment.start, scenario.timezone),
            end: instantToLocal(appointment.end, scenario.timezone),
            confirmation: appointment.confirmationCode ?? '',
          }
        : null,
    urgent: record?.urgent ?? false,
    kind: record?.kind ?? null,
    first_call: sheet && { location_type: sheet.locationType, location: sheet.location, under_hospice: sheet.underHospice, released: sheet.released },
    page: page !== null,
    prices_quoted: quotes.map((quote) => quote.code),
    workflow_id: call.workflowId,
  };
}
