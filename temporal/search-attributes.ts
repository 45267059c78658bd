import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/** Search attributes ops filter calls and invoicing runs by in the Temporal UI. */
export const TENANT_ID = defineSearchAttributeKey('TenantId', SearchAttributeType.KEYWORD);
export const CALLER_PHONE = defineSearchAttributeKey('CallerPhone', SearchAttributeType.KEYWORD);
export const CALL_OUTCOME = defineSearchAttributeKey('CallOutcome', SearchAttributeType.KEYWORD);
/** What the call is about (first call, price question, booking, …), as soon as the agent can tell. */
export const CALL_KIND = defineSearchAttributeKey('CallKind', SearchAttributeType.KEYWORD);

/** Which month an invoicing run (or one organization's invoice) is for, YYYY-MM, and how it ended. */
export const BILLING_PERIOD = defineSearchAttributeKey('BillingPeriod', SearchAttributeType.KEYWORD);
export const BILLING_OUTCOME = defineSearchAttributeKey('BillingOutcome', SearchAttributeType.KEYWORD);

export const ALL_SEARCH_ATTRIBUTES = [TENANT_ID, CALLER_PHONE, CALL_OUTCOME, CALL_KIND, BILLING_PERIOD, BILLING_OUTCOME];
