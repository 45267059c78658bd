import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { OnCallPerson } from '../domain/paging/on-call-rota.js';

/** The page of one first call: `page-<call workflow id>`. */
export const pageWorkflowId = (callWorkflowId: string) => `page-${callWorkflowId}`;

export type PageInput = { tenantId: string; pageId: string; callId: string; callWorkflowId: string };

export type PageOwner = { owner: OnCallPerson; yours: boolean };

export type PageView = {
  paged: Array<{ position: number; person: OnCallPerson }>;
  owner: OnCallPerson | null;
  calledBack: boolean;
  unanswered: boolean;
};

/**
 * Someone paged takes the page, by its link (their position) or by replying from their phone.
 * Exactly one person owns a page: whoever comes second is told who has it.
 */
export const acknowledgePageUpdate = defineUpdate<PageOwner, [{ position?: number; phone?: string; by: 'link' | 'reply' }]>('acknowledge_page');
/** The family has been called back, logged by staff or by the owner from the link. */
export const calledBackSignal = defineSignal<[{ by: string }]>('called_back');
export const pageStateQuery = defineQuery<PageView>('page_state');
