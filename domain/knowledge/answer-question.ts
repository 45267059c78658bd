import { speakSlot } from '../scheduling/speak-slot.js';
import { describeBusinessHours, type KnowledgeTopic, type OrganizationKnowledge, type PublicService, type PublicServiceKind } from './organization-knowledge.js';

const TOPICS: ReadonlyArray<[Exclude<KnowledgeTopic, 'other' | 'price_list_disclosures'>, RegExp]> = [
  ['address', /\baddress\b|\bwhere (?:are you|is (?:the |your )?(?:funeral home|chapel|home|office|it|place))\b|\blocated\b|\blocation\b|\bwhat street\b/i],
  ['directions', /\bdirections?\b|\bhow (?:do|can|would) (?:i|we) (?:get|find)\b|\bhow to get\b|\bcoming from\b|\bwhich way\b|\bwhere do (?:i|we) (?:go|turn)\b/i],
  ['parking', /\bpark(?:ing)?\b/i],
  ['office_hours', /\b(?:office |opening |business )?hours\b|\bare you open\b|\bwhen (?:are you|do you) (?:open|close)\b|\bwhat time (?:do you|are you) (?:open|close)\b|\bopen (?:on|until|today|tomorrow|at the weekend|on (?:the )?weekends?)\b/i],
];

const SERVICE_WORDS: ReadonlyArray<[PublicServiceKind, RegExp]> = [
  ['visitation', /\bvisitation\b|\bviewing\b|\bwake\b|\bcalling hours\b|\bpay (?:my|our) respects\b/i],
  ['funeral', /\bfuneral\b(?! home| director)|\bservice\b|\bmass\b/i],
  ['memorial', /\bmemorial\b|\bcelebration of life\b/i],
  ['graveside', /\bgraveside\b|\bburial\b|\bcommittal\b|\binterment\b/i],
];

const ASKS = /\?|\b(?:what time|when is|where is|where do|where are|how do i|how do we|can you tell|could you tell|do you know|what are your|what's your|are you open|i need directions|i'd like directions)\b/i;

/** Whether a caller's words ask something staff may have told the agent: a topic, or a published service. */
export function asksForInformation(text: string): boolean {
  // "Address is 1045 South Euclid Street" gives an address; only a question asks for one.
  if (!ASKS.test(text)) return false;
  return TOPICS.some(([, pattern]) => pattern.test(text)) || (SERVICE_WORDS.some(([, pattern]) => pattern.test(text)) && /\b(?:what time|when|where)\b/i.test(text));
}

export type KnowledgeAnswer = {
  /** What the agent can say, one sentence each, from what staff entered. */
  answers: Array<{ topic: KnowledgeTopic | 'public_service'; text: string }>;
  /** Something was asked that staff have not told the agent: a person must call back. */
  unanswered: boolean;
};

const KIND_WORDS: Record<PublicServiceKind, string> = { visitation: 'visitation', funeral: 'funeral', memorial: 'memorial service', graveside: 'graveside service', other: 'service' };
const CONTENT = /[a-z']{4,}/g;

function servicesAskedAbout(question: string, services: readonly PublicService[]): { asked: boolean; found: PublicService[] } {
  const kinds = SERVICE_WORDS.filter(([, pattern]) => pattern.test(question)).map(([kind]) => kind);
  if (kinds.length === 0) return { asked: false, found: [] };
  const named = services.filter((service) =>
    service.name
      .split(/\s+/)
      .filter((word) => word.length > 1)
      .some((word) => new RegExp(`\\b${word.replace(/[^\w'-]/g, '')}(?:'s)?\\b`, 'i').test(question)),
  );
  const ofKind = named.filter((service) => kinds.includes(service.kind));
  return { asked: true, found: ofKind.length > 0 ? ofKind : named };
}

/**
 * Answers a caller's question from what staff have told the agent, and nothing else: a topic with
 * no entry is unanswered (a person calls back), never guessed.
 */
export function answerQuestion(question: string, knowledge: OrganizationKnowledge, referenceLocal: string): KnowledgeAnswer {
  const answers: KnowledgeAnswer['answers'] = [];
  let unanswered = false;
  const entryFor = (topic: KnowledgeTopic) => knowledge.entries.find((entry) => entry.topic === topic)?.answer ?? null;
  for (const [topic, pattern] of TOPICS) {
    if (!pattern.test(question)) continue;
    const answer = entryFor(topic) ?? (topic === 'office_hours' ? `Our office hours are ${describeBusinessHours(knowledge.businessHours)}.` : topic === 'directions' ? addressLine(entryFor('address')) : null);
    if (answer) answers.push({ topic, text: sentence(topic, answer) });
    else unanswered = true;
  }
  const services = servicesAskedAbout(question, knowledge.publicServices);
  if (services.asked && answers.length === 0) {
    for (const service of services.found) {
      answers.push({ topic: 'public_service', text: `${service.name}'s ${KIND_WORDS[service.kind]} is ${speakSlot(service.localStart, referenceLocal)}, in ${service.place.replace(/^in /i, '')}.` });
    }
    if (services.found.length === 0) unanswered = true;
  }
  const words = new Set(question.toLowerCase().match(CONTENT) ?? []);
  for (const entry of knowledge.entries.filter((e) => e.topic === 'other' && e.question)) {
    const shared = (entry.question!.toLowerCase().match(CONTENT) ?? []).filter((word) => words.has(word));
    if (shared.length >= 2) answers.push({ topic: 'other', text: entry.answer });
  }
  if (answers.length === 0) unanswered = true;
  return { answers, unanswered };
}

function addressLine(address: string | null): string | null {
  return address ? `We're at ${address}.` : null;
}

function sentence(topic: KnowledgeTopic, answer: string): string {
  const text = /[.!?]$/.test(answer) ? answer : `${answer}.`;
  if (topic === 'address' && !/^we(?:'re| are)\b/i.test(text)) return `We're at ${text}`;
  if (topic === 'parking' && !/\bpark/i.test(text)) return `Parking is ${text}`;
  return text;
}
