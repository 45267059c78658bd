export {
  CALLER_SERVICE_TYPES,
  EMPTY_CALLER_DETAILS,
  RELATIONSHIPS,
  callerDetailsSchema,
  type CallerDetails,
  type CallerServiceType,
  type Relationship,
} from './caller-details.js';
export type { CallTurn } from './call-turn.js';
export { detectCallIntent, type CallIntent } from './call-intent.js';
export { extractCallerDetails, type ExtractionOptions } from './extract-caller-details.js';
export { toE164 } from './phone.js';
