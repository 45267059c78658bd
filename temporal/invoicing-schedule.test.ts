import { randomBytes } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureInvoicingSchedule } from './invoicing-schedule.js';

let connection: Connection;
let client: Client;
beforeAll(async () => {
  connection = await Connection.connect({ address: inject('temporalAddress') });
  client = new Client({ connection, namespace: 'default' });
});
afterAll(() => connection.close());

describe('the monthly invoicing schedule', () => {
  it('is registered once, on the first of each month in UTC, and brought up to date by a later start', async () => {
    const scheduleId = `monthly-invoicing-test-${randomBytes(4).toString('hex')}`;
    try {
      expect(await ensureInvoicingSchedule(client, 'billing-one', scheduleId)).toBe('created');
      expect(await ensureInvoicingSchedule(client, 'billing-two', scheduleId)).toBe('updated');
      const described = await client.schedule.getHandle(scheduleId).describe();
      expect(described.spec.timezone).toBe('UTC');
      expect(described.spec.calendars).toHaveLength(1);
      expect(described.spec.calendars?.[0]).toMatchObject({ dayOfMonth: [{ start: 1, end: 1, step: 1 }], hour: [{ start: 8, end: 8, step: 1 }] });
      expect(described.action).toMatchObject({ type: 'startWorkflow', workflowType: 'MonthlyInvoicingWorkflow', taskQueue: 'billing-two' });
      const next = described.info.nextActionTimes[0];
      expect(next?.getUTCDate()).toBe(1);
      expect(next?.getUTCHours()).toBe(8);
    } finally {
      await client.schedule.getHandle(scheduleId).delete();
    }
  });
});
