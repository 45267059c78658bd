import type { Logger } from '../config/logger.js';
import type { Database } from '../db/database.js';
import { createAvailabilityActivities } from './availability.js';
import { createBookingActivities } from './booking.js';
import { createCallActivities } from './calls.js';
import { createConfirmationSmsActivities } from './confirmation-sms.js';
import { createContactActivities } from './contacts.js';
import { createExtractionActivities } from './extraction.js';
import type { CallerDetailsExtractor } from './extraction/openai-caller-details.js';
import { withFailureBoundary } from './failure-boundary.js';
import { createFirstCallActivities } from './first-calls.js';
import { createFollowUpActivities } from './follow-up.js';
import { createHoldActivities } from './holds.js';
import { createInteractionActivities } from './interactions.js';
import { createKnowledgeActivities } from './knowledge.js';
import { createPagingActivities } from './paging.js';
import { createPriceActivities } from './prices.js';
import type { SmsSender } from './sms/sms-sender.js';
import type { LiveCallLine } from './telephony/live-call-line.js';
import { createTransferActivities } from './transfer.js';
import type { EmailSender } from './email/email-sender.js';
import { createUsageActivities } from './usage.js';

export type ActivityDeps = {
  db: Database;
  sms: SmsSender;
  email: EmailSender;
  logger: Logger;
  /** The language-model extractor when one is configured; null uses the offline extractor. */
  modelExtractor: CallerDetailsExtractor | null;
  isPermanentModelError: (error: unknown) => boolean;
  /** Where the staff UI is served: page links point there. */
  webOrigin: string;
  /** Live telephone calls, to put a caller through to a person; null where there is no telephone line. */
  line: LiveCallLine | null;
};

/** Every activity the workers register, built from their dependencies. */
export function createActivities(deps: ActivityDeps) {
  return withFailureBoundary({
    ...createCallActivities(deps),
    ...createExtractionActivities(deps),
    ...createAvailabilityActivities(deps),
    ...createHoldActivities(deps),
    ...createContactActivities(deps),
    ...createBookingActivities(deps),
    ...createConfirmationSmsActivities(deps),
    ...createUsageActivities(deps),
    ...createInteractionActivities(deps),
    ...createFollowUpActivities(deps),
    ...createFirstCallActivities(deps),
    ...createPriceActivities(deps),
    ...createKnowledgeActivities(deps),
    ...createPagingActivities(deps),
    ...createTransferActivities(deps),
  }, deps.logger);
}

export type Activities = ReturnType<typeof createActivities>;
