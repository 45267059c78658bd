import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client, type ScheduleOptions } from '@temporalio/client';

export const INVOICING_SCHEDULE_ID = 'monthly-invoicing';

/**
 * 08:00 UTC on the first of each month: the month before has closed everywhere the product runs,
 * and it is the small hours across North America, when the fewest families are calling and
 * invoicing (which shares the Temporal server with calls) slows the fewest of them.
 */
function invoicingSchedule(taskQueue: string, scheduleId: string): ScheduleOptions {
  return {
    scheduleId,
    spec: { calendars: [{ dayOfMonth: 1, hour: 8, minute: 0, comment: 'the month before, closed' }], timezone: 'UTC' },
    action: { type: 'startWorkflow', workflowType: 'MonthlyInvoicingWorkflow', workflowId: 'monthly-invoicing', taskQueue, args: [{}] },
    // A run still going when the next month comes is left to finish; a server down at the hour
    // starts the run when it is back, within a week.
    policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '7 days' },
  };
}

/**
 * Registers the monthly invoicing Schedule on whatever Temporal server the billing worker runs
 * against, or brings an existing one to this definition (a new task queue name, say). Safe to run
 * from every billing worker at every start.
 */
export async function ensureInvoicingSchedule(client: Client, taskQueue: string, scheduleId = INVOICING_SCHEDULE_ID): Promise<'created' | 'updated'> {
  const options = invoicingSchedule(taskQueue, scheduleId);
  try {
    await client.schedule.create(options);
    return 'created';
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    await client.schedule.getHandle(scheduleId).update((previous) => ({ ...previous, spec: options.spec, action: options.action, policies: { ...previous.policies, ...options.policies } }));
    return 'updated';
  }
}
