import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/** Search attributes ops filter calls by in the Temporal UI. */
export const TENANT_ID = defineSearchAttributeKey('TenantId', SearchAttributeType.KEYWORD);
export const CALLER_PHONE = defineSearchAttributeKey('CallerPhone', SearchAttributeType.KEYWORD);
export const CALL_OUTCOME = defineSearchAttributeKey('CallOutcome', SearchAttributeType.KEYWORD);

export const ALL_SEARCH_ATTRIBUTES = [TENANT_ID, CALLER_PHONE, CALL_OUTCOME];
