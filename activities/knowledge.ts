import type { Database } from '../db/database.js';
import { listKnowledgeEntries } from '../db/queries/knowledge-entries.js';
import { listPublicServices } from '../db/queries/public-services.js';
import { createTask } from '../db/queries/tasks.js';
import { getTenant } from '../db/queries/tenants.js';
import { instantToLocal, localToInstant } from '../domain/dates/zoned-time.js';
import { answerQuestion, type KnowledgeAnswer } from '../domain/knowledge/answer-question.js';

export function createKnowledgeActivities(deps: { db: Database }) {
  return {
    /**
     * Answers a caller's question from what staff have entered. A question it cannot answer becomes
     * a callback task (once per call), so nobody is given a guess.
     */
    async answerCallerQuestion(input: {
      tenantId: string;
      workflowId: string;
      callId: string;
      contactId: string | null;
      question: string;
      now: string;
    }): Promise<KnowledgeAnswer & { callbackTask: boolean }> {
      const tenant = await getTenant(deps.db, input.tenantId);
      const zone = tenant.settings.timeZone;
      const referenceLocal = instantToLocal(input.now, zone);
      const startOfToday = localToInstant(`${referenceLocal.slice(0, 10)}T00:00`, zone) ?? input.now;
      const [entries, services] = await Promise.all([
        listKnowledgeEntries(deps.db, { tenantId: input.tenantId }),
        listPublicServices(deps.db, { tenantId: input.tenantId, from: new Date(startOfToday), publishedOnly: true }),
      ]);
      const answer = answerQuestion(
        input.question,
        {
          entries,
          publicServices: services.map((s) => ({ name: s.name, kind: s.kind, localStart: instantToLocal(s.startsAt.toISOString(), zone), place: s.place })),
          businessHours: tenant.settings.businessHours,
        },
        referenceLocal,
      );
      if (!answer.unanswered || answer.answers.length > 0) return { ...answer, callbackTask: false };
      await createTask(deps.db, {
        tenantId: input.tenantId,
        kind: 'question_callback',
        title: `Call back with an answer: "${input.question.slice(0, 160)}"`,
        dueAt: input.now,
        contactId: input.contactId,
        callId: input.callId,
        idempotencyKey: `question:${input.workflowId}`,
      });
      return { ...answer, callbackTask: true };
    },
  };
}
