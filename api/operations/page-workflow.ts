import { isGrpcServiceError, ServiceError, WorkflowNotFoundError, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError, type Client } from '@temporalio/client';
import { AppError } from '../../domain/app-error.js';
import type { OnCallPerson } from '../../domain/paging/on-call-rota.js';
import { acknowledgePageUpdate, calledBackSignal, pageStateQuery, type PageOwner, type PageView } from '../../workflows/paging-messages.js';

/**
 * How long someone taking a page waits for the page's workflow to answer. It answers in
 * milliseconds; longer means no worker is running, and "try again" beats a spinner at 3 a.m.
 */
const ANSWER_TIMEOUT_MS = 10_000;
/** A read of the page's live state is only a refinement of the stored row: it may give up sooner. */
const STATE_TIMEOUT_MS = 2_000;

export const PAGE_CLOSED = 'This page has closed. Nothing more is needed from this link; the office has the call.';
const NO_ANSWER = 'The paging service did not answer in time. Please try again in a minute, or phone the office.';

/** Whether the error says the page's workflow has ended (or never ran on this server). */
const isClosed = (error: unknown) => error instanceof WorkflowNotFoundError;

function unavailable(error: unknown): AppError {
  return new AppError('dependency_unavailable', NO_ANSWER, { cause: error });
}

/**
 * Takes the page for one person paged (by their link's position, or by the phone that replied).
 * The workflow decides who owns it: exactly one person does, and a second is told who.
 */
export async function acknowledgePage(temporal: Client, workflowId: string, ack: { position: number; by: 'link' } | { phone: string; by: 'reply' }): Promise<PageOwner> {
  try {
    const handle = temporal.workflow.getHandle(workflowId);
    return await temporal.withDeadline(Date.now() + ANSWER_TIMEOUT_MS, () => handle.executeUpdate(acknowledgePageUpdate, { args: [ack] }));
  } catch (error) {
    if (isClosed(error)) throw new AppError('conflict', PAGE_CLOSED, { cause: error });
    // The validator's refusal: this link or phone was never paged for this page.
    if (error instanceof WorkflowUpdateFailedError) throw new AppError('conflict', error.cause?.message || 'This page was not sent to you.', { cause: error });
    if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError || error instanceof ServiceError || isGrpcServiceError(error)) throw unavailable(error);
    throw error;
  }
}

/** Tells the page the family has been called back. False when its workflow has already ended. */
export async function signalCalledBack(temporal: Client, workflowId: string, by: string): Promise<boolean> {
  try {
    const handle = temporal.workflow.getHandle(workflowId);
    await temporal.withDeadline(Date.now() + ANSWER_TIMEOUT_MS, () => handle.signal(calledBackSignal, { by }));
    return true;
  } catch (error) {
    if (isClosed(error)) return false;
    if (error instanceof ServiceError || isGrpcServiceError(error)) throw unavailable(error);
    throw error;
  }
}

/**
 * The page as its workflow holds it: the stored row is written a moment after someone takes the
 * page, so a link opened in that moment asks the workflow. Null when it cannot answer soon.
 */
export async function livePageState(temporal: Client, workflowId: string): Promise<Pick<PageView, 'calledBack'> & { owner: OnCallPerson | null } | null> {
  try {
    const handle = temporal.workflow.getHandle(workflowId);
    const state = await temporal.withDeadline(Date.now() + STATE_TIMEOUT_MS, () => handle.query(pageStateQuery));
    return { owner: state.owner, calledBack: state.calledBack };
  } catch {
    return null;
  }
}
