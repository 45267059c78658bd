import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../domain/app-error.js';
import { isIanaTimeZone } from '../../domain/tenant-settings.js';

const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'expected YYYY-MM-DDTHH:MM');
const expected = z.union([z.string(), z.null(), z.array(z.string())]);

/** One phone call written from the caller's side, with what the system must have recorded. */
export const scenarioSchema = z.object({
  name: z.string().min(1),
  now: localDateTime,
  timezone: z.string().refine(isIanaTimeZone, 'expected an IANA time zone'),
  from: z.string().regex(/^\+[1-9]\d{6,14}$/, 'expected E.164').optional(),
  calendar: z.array(z.object({ start: localDateTime, end: localDateTime, title: z.string().min(1) })).default([]),
  caller: z.array(z.string().min(1)).min(1),
  price_list: z.array(z.object({ code: z.string().min(1), item: z.string().min(1), price_cents: z.number().int().min(0) })).optional(),
  knowledge: z
    .object({
      address: z.string().optional(),
      directions: z.string().optional(),
      parking: z.string().optional(),
      office_hours: z.string().optional(),
      public_services: z.array(z.object({ name: z.string().min(1), kind: z.string().min(1), start: localDateTime, place: z.string().min(1) })).optional(),
    })
    .optional(),
  on_call: z.array(z.object({ name: z.string().min(1), phone: z.string().regex(/^\+[1-9]\d{6,14}$/), role: z.enum(['primary', 'backup', 'owner']) })).optional(),
  expect: z
    .object({
      contact: z.record(z.string(), expected).nullable().optional(),
      booking: z.record(z.string(), expected).nullable().optional(),
      urgent: z.boolean().optional(),
      kind: z.union([z.string(), z.array(z.string())]).optional(),
      first_call: z
        .object({
          location_type: z.string().optional(),
          location: z.string().optional(),
          under_hospice: z.boolean().optional(),
          released: z.boolean().nullable().optional(),
        })
        .optional(),
      page: z.boolean().optional(),
      prices_quoted: z.array(z.string()).optional(),
    })
    .default({}),
});
export type Scenario = z.infer<typeof scenarioSchema>;

/** The scenario files named: files as given, folders as their `*.json` files in name order. */
export function listScenarioFiles(targets: readonly string[]): string[] {
  return targets.flatMap((target) =>
    statSync(target).isDirectory()
      ? readdirSync(target)
          .filter((name) => name.endsWith('.json'))
          .sort()
          .map((name) => path.join(target, name))
      : [target],
  );
}

export function readScenario(file: string): Scenario {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AppError('invalid_input', `${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = scenarioSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    throw new AppError('invalid_input', `${file}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, { issues });
  }
  return parsed.data;
}
