import { z } from 'zod';
import { hasControlCharacters } from '../plain-text.js';
import { WEEKDAYS, type BusinessHours } from '../tenant-settings.js';
import { minuteOfDay } from '../dates/clock.js';
import { isLocalDate } from '../dates/local-date.js';
import { spokenClock } from '../scheduling/spoken-clock.js';

export const KNOWLEDGE_TOPICS = ['address', 'directions', 'parking', 'office_hours', 'price_list_disclosures', 'other'] as const;
export type KnowledgeTopic = (typeof KNOWLEDGE_TOPICS)[number];

export const PUBLIC_SERVICE_KINDS = ['visitation', 'funeral', 'memorial', 'graveside', 'other'] as const;
export type PublicServiceKind = (typeof PUBLIC_SERVICE_KINDS)[number];

const answerText = (name: string, max: number) =>
  z
    .string({ error: `${name} must be text` })
    .trim()
    .min(1, `${name} must not be empty`)
    .max(max, `${name} must be at most ${max} characters`)
    .refine((value) => !hasControlCharacters(value), `${name} must not contain control characters`);

export const knowledgeEntrySchema = z
  .object({
    topic: z.enum(KNOWLEDGE_TOPICS, { error: `topic must be one of ${KNOWLEDGE_TOPICS.join(', ')}` }),
    question: answerText('question', 300).nullable().default(null),
    answer: answerText('answer', 2000),
  })
  .strict()
  .refine((entry) => (entry.topic === 'other') === (entry.question !== null), {
    message: 'question is required for topic other, and only for it',
    path: ['question'],
  });
export type KnowledgeEntry = z.infer<typeof knowledgeEntrySchema>;

/** A published service as staff enter it: the start is the local wall-clock time of the organization. */
export const publicServiceFormSchema = z
  .object({
    name: answerText('name', 200),
    kind: z.enum(PUBLIC_SERVICE_KINDS, { error: `kind must be one of ${PUBLIC_SERVICE_KINDS.join(', ')}` }),
    localStart: z
      .string({ error: 'localStart must be a local date and time' })
      .regex(/^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d$/, 'localStart must be a date and time as YYYY-MM-DDTHH:MM')
      .refine((value) => isLocalDate(value.slice(0, 10)), 'localStart is not a date on the calendar'),
    place: answerText('place', 300),
    published: z.boolean({ error: 'published must be true or false' }).default(true),
  })
  .strict();
export type PublicServiceForm = z.output<typeof publicServiceFormSchema>;

export type PublicService = { name: string; kind: PublicServiceKind; localStart: string; place: string };

/** What staff have told the agent, as one call reads it. */
export type OrganizationKnowledge = {
  entries: readonly KnowledgeEntry[];
  /** Published services from today on, local times. */
  publicServices: readonly PublicService[];
  businessHours: BusinessHours;
};

const DAY_NAMES: Record<(typeof WEEKDAYS)[number], string> = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
};


/** "Monday to Friday 9 AM to 5 PM, Saturday 9 AM to 3 PM, closed Sunday": days with the same hours run together. */
export function describeBusinessHours(hours: BusinessHours): string {
  const runs: Array<{ from: string; to: string; span: string | null }> = [];
  for (const day of WEEKDAYS) {
    const h = hours[day];
    const span = h ? `${spokenClock(minuteOfDay(h.open))} to ${spokenClock(minuteOfDay(h.close))}` : null;
    const last = runs.at(-1);
    if (last && last.span === span) last.to = day;
    else runs.push({ from: day, to: day, span });
  }
  return runs
    .map((run) => {
      const days = run.from === run.to ? DAY_NAMES[run.from as keyof typeof DAY_NAMES] : `${DAY_NAMES[run.from as keyof typeof DAY_NAMES]} to ${DAY_NAMES[run.to as keyof typeof DAY_NAMES]}`;
      return run.span ? `${days} ${run.span}` : `closed ${days}`;
    })
    .join(', ');
}
