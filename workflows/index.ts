// The workflow bundle's entry: every workflow type the worker runs.
export { CallWorkflow } from './call-workflow.js';
export { AppointmentFollowUpWorkflow } from './follow-up-workflow.js';
export { PagingWorkflow } from './paging-workflow.js';
