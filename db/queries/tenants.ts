import type { Selectable } from 'kysely';
import type { CountryCode } from 'libphonenumber-js';
import type { Executor } from '../executor.js';
import { AppError } from '../../domain/app-error.js';
import {
  businessHoursSchema,
  serviceDurationsSchema,
  type TenantSettings,
} from '../../domain/tenant-settings.js';
import type { Tenants } from '../generated/database.js';

export type Tenant = {
  id: string;
  name: string;
  slug: string;
  isDemo: boolean;
  settings: TenantSettings;
};


export function toTenant(row: Selectable<Tenants>): Tenant {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    isDemo: row.is_demo,
    settings: {
      timeZone: row.time_zone,
      country: row.country as CountryCode,
      businessHours: businessHoursSchema.parse(row.business_hours),
      bufferMinutes: row.buffer_minutes,
      minNoticeMinutes: row.min_notice_minutes,
      serviceDurations: serviceDurationsSchema.parse(row.service_durations),
    },
  };
}

export async function findTenant(db: Executor, tenantId: string): Promise<Tenant | null> {
  const row = await db.selectFrom('tenants').selectAll().where('id', '=', tenantId).executeTakeFirst();
  return row ? toTenant(row) : null;
}

export async function getTenant(db: Executor, tenantId: string): Promise<Tenant> {
  const tenant = await findTenant(db, tenantId);
  if (!tenant) throw new AppError('not_found', `organization ${tenantId} not found`);
  return tenant;
}

export async function findTenantBySlug(db: Executor, slug: string): Promise<Tenant | null> {
  const row = await db.selectFrom('tenants').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row ? toTenant(row) : null;
}

export async function insertTenant(
  db: Executor,
  input: { name: string; slug: string; isDemo: boolean; settings: TenantSettings },
): Promise<Tenant> {
  const row = await db
    .insertInto('tenants')
    .values({
      name: input.name,
      slug: input.slug,
      is_demo: input.isDemo,
      time_zone: input.settings.timeZone,
      country: input.settings.country,
      business_hours: JSON.stringify(input.settings.businessHours),
      buffer_minutes: input.settings.bufferMinutes,
      min_notice_minutes: input.settings.minNoticeMinutes,
      service_durations: JSON.stringify(input.settings.serviceDurations),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toTenant(row);
}

export type PagingSettings = { acknowledgeMinutes: number; callbackMinutes: number };

/** How long a page waits for each person, and how soon the family is promised a call back. */
export async function getPagingSettings(db: Executor, tenantId: string): Promise<PagingSettings> {
  const row = await db
    .selectFrom('tenants')
    .select(['page_acknowledge_minutes', 'callback_promise_minutes'])
    .where('id', '=', tenantId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', `organization ${tenantId} not found`);
  return { acknowledgeMinutes: row.page_acknowledge_minutes, callbackMinutes: row.callback_promise_minutes };
}

export async function setPagingSettings(db: Executor, tenantId: string, settings: PagingSettings): Promise<PagingSettings> {
  const row = await db
    .updateTable('tenants')
    .set({ page_acknowledge_minutes: settings.acknowledgeMinutes, callback_promise_minutes: settings.callbackMinutes })
    .where('id', '=', tenantId)
    .returning(['page_acknowledge_minutes', 'callback_promise_minutes'])
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', `organization ${tenantId} not found`);
  return { acknowledgeMinutes: row.page_acknowledge_minutes, callbackMinutes: row.callback_promise_minutes };
}

export type OrganizationSettings = TenantSettings & { name: string };

/** Changes the organization's name and the settings every call reads; the next call uses them. */
export async function updateOrganizationSettings(db: Executor, tenantId: string, input: OrganizationSettings): Promise<Tenant> {
  const row = await db
    .updateTable('tenants')
    .set({
      name: input.name,
      time_zone: input.timeZone,
      country: input.country,
      business_hours: JSON.stringify(input.businessHours),
      buffer_minutes: input.bufferMinutes,
      min_notice_minutes: input.minNoticeMinutes,
      service_durations: JSON.stringify(input.serviceDurations),
    })
    .where('id', '=', tenantId)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', `organization ${tenantId} not found`);
  return toTenant(row);
}
