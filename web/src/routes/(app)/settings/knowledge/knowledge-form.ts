import type { KnowledgeEntry, KnowledgeTopic, PublicService, PublicServiceKind } from '#lib/api/types.ts';
import { textOf, tickedIn } from '#lib/form-data.ts';

export const TOPICS: readonly KnowledgeTopic[] = ['address', 'directions', 'parking', 'office_hours', 'price_list_disclosures', 'other'];
export const TOPIC_WORDS: Record<KnowledgeTopic, string> = {
	address: 'Address',
	directions: 'Directions',
	parking: 'Parking',
	office_hours: 'Office hours',
	price_list_disclosures: 'Price list disclosures',
	other: 'Another question'
};
/** What each topic is for, beside the answer box. */
export const TOPIC_HINTS: Record<KnowledgeTopic, string> = {
	address: 'The street address, as the agent should say it.',
	directions: 'How to find you, for example from the highway. Without an answer here, the agent gives the address.',
	parking: 'Where visitors park.',
	office_hours: 'When the office is open to visitors. Without an answer here, the agent gives the opening hours the calendar books by.',
	price_list_disclosures: 'Said after a price is quoted, for example what the prices do not include.',
	other: 'The answer the agent gives to the question above.'
};

export const SERVICE_KINDS: readonly PublicServiceKind[] = ['visitation', 'funeral', 'memorial', 'graveside', 'other'];
export const KIND_WORDS: Record<PublicServiceKind, string> = { visitation: 'Visitation', funeral: 'Funeral', memorial: 'Memorial service', graveside: 'Graveside service', other: 'Other service' };

export type KnowledgeField = 'topic' | 'question' | 'answer';
export type KnowledgeFormValues = { topic: KnowledgeTopic; question: string; answer: string };
export type KnowledgeBody = { topic: KnowledgeTopic; question: string | null; answer: string };

export const knowledgeFormValuesOf = (entry: KnowledgeEntry): KnowledgeFormValues => ({ topic: entry.topic, question: entry.question ?? '', answer: entry.answer });

export const KNOWLEDGE_FIELD_WORDS: Record<KnowledgeField, string> = {
	topic: 'Choose what this answer is about.',
	question: 'Write the question callers ask, in at most 300 characters.',
	answer: 'Write the answer the agent should give, in at most 2,000 characters.'
};
/** The API allows one answer for each topic but "another question". */
export const topicTaken = (topic: KnowledgeTopic): string => `There is already an answer about ${TOPIC_WORDS[topic].toLowerCase()}. Change that one instead.`;

export function readKnowledgeForm(form: FormData): { values: KnowledgeFormValues; body: KnowledgeBody; errors: Partial<Record<KnowledgeField, string>> } {
	const topic = textOf(form, 'topic');
	const values: KnowledgeFormValues = {
		topic: (TOPICS as readonly string[]).includes(topic) ? (topic as KnowledgeTopic) : 'other',
		question: textOf(form, 'question'),
		answer: textOf(form, 'answer')
	};
	const errors: Partial<Record<KnowledgeField, string>> = {};
	if (!(TOPICS as readonly string[]).includes(topic)) errors.topic = KNOWLEDGE_FIELD_WORDS.topic;
	if (values.topic === 'other' && !values.question) errors.question = 'Write the question callers ask, for example Do you offer livestreaming?';
	if (!values.answer) errors.answer = 'Write the answer the agent should give.';
	// Only "another question" has a question of its own; a box left over from switching topic is not sent.
	return { values, body: { topic: values.topic, question: values.topic === 'other' ? values.question : null, answer: values.answer }, errors };
}

export type ServiceField = 'name' | 'kind' | 'localStart' | 'place' | 'published';
export type ServiceFormValues = { name: string; kind: PublicServiceKind; localStart: string; place: string; published: boolean };

/** A service added here is one the family wants known; a private one is left unticked. */
export const NEW_SERVICE: ServiceFormValues = { name: '', kind: 'funeral', localStart: '', place: '', published: true };

export const serviceFormValuesOf = (service: PublicService): ServiceFormValues => ({
	name: service.name,
	kind: service.kind,
	localStart: service.localStart,
	place: service.place,
	published: service.published
});

const ENTER_START = 'Enter the date and the time the service starts.';

export const SERVICE_FIELD_WORDS: Record<ServiceField, string | ((apiMessage: string) => string)> = {
	name: 'Enter the name of the person the service is for.',
	kind: 'Choose the kind of service.',
	// The hour skipped when the clocks go forward has no such time on that day.
	localStart: (apiMessage) => (/skip/i.test(apiMessage) ? 'The clocks go forward at this hour that night, so this time does not exist. Choose another.' : ENTER_START),
	place: 'Enter where the service is held.',
	published: 'Tick the box, or leave it empty.'
};

const LOCAL_START = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export function readServiceForm(form: FormData): { values: ServiceFormValues; body: ServiceFormValues; errors: Partial<Record<ServiceField, string>> } {
	const kind = textOf(form, 'kind');
	const values: ServiceFormValues = {
		name: textOf(form, 'name'),
		kind: (SERVICE_KINDS as readonly string[]).includes(kind) ? (kind as PublicServiceKind) : 'other',
		// A browser may send seconds ("…T11:00:00"); the API takes the minute.
		localStart: textOf(form, 'localStart').slice(0, 16),
		place: textOf(form, 'place'),
		published: tickedIn(form, 'published')
	};
	const errors: Partial<Record<ServiceField, string>> = {};
	if (!values.name) errors.name = 'Enter the name of the person the service is for.';
	if (!(SERVICE_KINDS as readonly string[]).includes(kind)) errors.kind = 'Choose the kind of service.';
	if (!LOCAL_START.test(values.localStart)) errors.localStart = ENTER_START;
	if (!values.place) errors.place = 'Enter where the service is held.';
	return { values, body: values, errors };
}
