import { AppError } from '../../domain/app-error.js';
import type { Database } from '../database.js';
import { recordAudit } from './organization-audit.js';
import type { Executor } from '../executor.js';

export type InboundOutcome = 'opted_out' | 'opted_in' | 'help' | 'page_taken' | 'page_refused' | 'logged' | 'unknown_sender';

/**
 * Which organization a number belongs to. Read before any organization is known (a text arrives
 * addressed only to a number), so it runs outside the organization scope, on the number alone.
 */
export async function findOrganizationOfNumber(db: Database, phone: string): Promise<string | null> {
  const row = await db.selectFrom('organization_phone_numbers').select('tenant_id').where('phone_e164', '=', phone).executeTakeFirst();
  return row?.tenant_id ?? null;
}

/** The number an organization's texts go out from: its first, so families can text back to it. */
export async function findSendingNumber(db: Executor, tenantId: string): Promise<string | null> {
  const row = await db
    .selectFrom('organization_phone_numbers')
    .select('phone_e164')
    .where('tenant_id', '=', tenantId)
    .orderBy('created_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return row?.phone_e164 ?? null;
}

export async function addOrganizationNumber(db: Executor, input: { tenantId: string; phone: string }): Promise<void> {
  await db.insertInto('organization_phone_numbers').values({ tenant_id: input.tenantId, phone_e164: input.phone }).onConflict((oc) => oc.column('phone_e164').doNothing()).execute();
}

/**
 * Gives an organization one of the numbers its families call and text (an operator's command),
 * audited; a number already another organization's is refused, never moved silently.
 */
export async function assignOrganizationNumber(db: Database, input: { slug: string; phone: string; actor: string }): Promise<{ name: string; changed: boolean }> {
  return db.transaction().execute(async (tx) => {
    const tenant = await tx.selectFrom('tenants').select(['id', 'name']).where('slug', '=', input.slug).executeTakeFirst();
    if (!tenant) throw new AppError('not_found', `No organization with the slug "${input.slug}".`);
    const owner = await tx.selectFrom('organization_phone_numbers').innerJoin('tenants', 'tenants.id', 'organization_phone_numbers.tenant_id').select(['tenants.id', 'tenants.name']).where('phone_e164', '=', input.phone).executeTakeFirst();
    if (owner && owner.id !== tenant.id) throw new AppError('conflict', `${input.phone} is already ${owner.name}'s number; remove it there first.`);
    if (owner) return { name: tenant.name, changed: false };
    await addOrganizationNumber(tx, { tenantId: tenant.id, phone: input.phone });
    await recordAudit(tx, { tenantId: tenant.id, actor: input.actor, action: 'phone_number_added', detail: { phone: input.phone } });
    return { name: tenant.name, changed: true };
  });
}

/** Keeps a received text once per message sid; false when Twilio is delivering it again. */
export async function recordInboundSms(
  db: Executor,
  input: { tenantId: string; messageSid: string; from: string; to: string; body: string; outcome: InboundOutcome; contactId: string | null },
): Promise<boolean> {
  const row = await db
    .insertInto('inbound_sms')
    .values({ tenant_id: input.tenantId, message_sid: input.messageSid, from_phone: input.from, to_phone: input.to, body: input.body, outcome: input.outcome, contact_id: input.contactId })
    .onConflict((oc) => oc.column('message_sid').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function inboundSmsSeen(db: Executor, input: { tenantId: string; messageSid: string }): Promise<boolean> {
  const row = await db.selectFrom('inbound_sms').select('id').where('tenant_id', '=', input.tenantId).where('message_sid', '=', input.messageSid).executeTakeFirst();
  return row !== undefined;
}

export async function isOptedOut(db: Executor, input: { tenantId: string; phone: string }): Promise<boolean> {
  const row = await db.selectFrom('sms_opt_outs').select('phone_e164').where('tenant_id', '=', input.tenantId).where('phone_e164', '=', input.phone).executeTakeFirst();
  return row !== undefined;
}

export async function setOptedOut(db: Executor, input: { tenantId: string; phone: string; optedOut: boolean }): Promise<void> {
  if (input.optedOut) {
    await db.insertInto('sms_opt_outs').values({ tenant_id: input.tenantId, phone_e164: input.phone }).onConflict((oc) => oc.columns(['tenant_id', 'phone_e164']).doNothing()).execute();
  } else {
    await db.deleteFrom('sms_opt_outs').where('tenant_id', '=', input.tenantId).where('phone_e164', '=', input.phone).execute();
  }
}

/** The contact a number belongs to, most recently updated first. */
export async function findContactIdByPhone(db: Executor, input: { tenantId: string; phone: string }): Promise<string | null> {
  const row = await db
    .selectFrom('contacts')
    .select('id')
    .where('tenant_id', '=', input.tenantId)
    .where((eb) => eb.or([eb('phone_e164', '=', input.phone), eb('alternate_phone_e164', '=', input.phone)]))
    .orderBy('updated_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? null;
}
